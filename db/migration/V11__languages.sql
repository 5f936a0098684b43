-- The language each person reads Passeurs in: their notifications and e-mails are written in it.
-- French unless they choose English with the pages' language switch (or the API's profile).
ALTER TABLE account ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'fr';
ALTER TABLE account ADD CONSTRAINT ck_account_language CHECK (language IN ('fr', 'en'));
