#!/usr/bin/env python3
"""The cluster test: two Passeurs instances on one MariaDB, clustered by Payara's data grid
(TCP/IP discovery on loopback), behind HAProxy (payara/haproxy.cfg, no sticky sessions), mailing
a local SMTP sink that this script runs.

The search of each instance finds, within 2 s, what is written through the other.
Through the balancer: 200 apprentices enrol on a session of 12 seats while a person is logged in
on the pages; halfway, one instance is killed with SIGKILL. Then it checks that 12 are confirmed
and the waiting list runs 1..188 without a gap, each apprentice once; that the person is still
logged in and the form they send is taken; that every mail of the outbox reached the sink, each
Message-ID counted once however many times it came; and that a certificate batch started on the
killed instance just before the kill was taken over by the survivor and ended once, each
participant with one certificate.

Needs the built application (mvn package -DskipTests, or any mvn verify), a MariaDB server on
127.0.0.1:3306 whose root logs in through the local socket (mariadb -uroot), haproxy (Debian's
package) and python3. Uses the database and user passeurs_cluster, dropped at the end.
Usage: payara/cluster-test.py
"""

import concurrent.futures
import email
import http.cookiejar
import json
import os
import re
import secrets
import signal
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from base64 import b64encode
from datetime import date, datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WAR = os.path.join(ROOT, "target", "passeurs.war")
MICRO = os.path.join(ROOT, "target", "payara", "payara-micro.jar")
DRIVER = os.path.join(ROOT, "target", "payara", "mariadb-java-client.jar")
LB_PORT, PORTS, SMTP_PORT = 8280, (8281, 8282), 8225
BASE = f"http://127.0.0.1:{LB_PORT}"
DB, DB_USER = "passeurs_cluster", "passeurs_cluster"
DB_PASSWORD = secrets.token_urlsafe(18)
ADMIN = ("cluster-admin@example.org", secrets.token_urlsafe(18))
SEATS, APPRENTICES = 12, 200
BATCH_SESSIONS, BATCH_PARTICIPANTS = 30, 4
WORK = tempfile.mkdtemp(prefix="passeurs-cluster-")
started = time.monotonic()


def say(text):
    print(f"[cluster {time.monotonic() - started:6.1f}s] {text}", flush=True)


def fail(text):
    say("FAILED: " + text)
    raise SystemExit(1)


# --- the SMTP sink ---------------------------------------------------------------------------

received = []  # (Message-ID, recipients)
received_lock = threading.Lock()


class SmtpSession(socketserver.StreamRequestHandler):
    """Just enough SMTP to take what Jakarta Mail sends, and keep it."""

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 sink ready")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().upper()
            if verb.startswith("EHLO"):
                self.reply("250-sink")
                self.reply("250 8BITMIME")
            elif verb.startswith("HELO") or verb.startswith("MAIL") or verb.startswith("NOOP"):
                self.reply("250 ok")
            elif verb.startswith("RSET"):
                recipients = []
                self.reply("250 ok")
            elif verb.startswith("RCPT"):
                recipients.append(verb[8:].strip(" <>").lower())
                self.reply("250 ok")
            elif verb.startswith("DATA"):
                self.reply("354 go on")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                message = email.message_from_bytes(b"".join(data))
                with received_lock:
                    received.append((message.get("Message-ID"), tuple(recipients)))
                recipients = []
                self.reply("250 kept")
            elif verb.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("502 not here")


class Sink(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def handle_error(self, request, client_address):
        # an instance killed in the middle of a mail: what it did not finish, it sends again
        pass


# --- processes -------------------------------------------------------------------------------

processes = {}


def sql(statement, database=DB):
    out = subprocess.run(
        ["mariadb", "-uroot", "-N", "-B", database, "-e", statement],
        check=True, capture_output=True, text=True)
    return out.stdout.strip()


def create_database():
    subprocess.run(["mariadb", "-uroot"], check=True, text=True, input=f"""
DROP DATABASE IF EXISTS {DB};
CREATE DATABASE {DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '{DB_USER}'@'127.0.0.1' IDENTIFIED BY '{DB_PASSWORD}';
ALTER USER '{DB_USER}'@'127.0.0.1' IDENTIFIED BY '{DB_PASSWORD}';
GRANT ALL PRIVILEGES ON {DB}.* TO '{DB_USER}'@'127.0.0.1';
""")


def start_instance(name, port):
    env = dict(os.environ,
               PASSEURS_DB_URL=f"jdbc:mariadb://127.0.0.1:3306/{DB}",
               PASSEURS_DB_USER=DB_USER, PASSEURS_DB_PASSWORD=DB_PASSWORD,
               PASSEURS_ADMIN_EMAIL=ADMIN[0], PASSEURS_ADMIN_PASSWORD=ADMIN[1],
               PASSEURS_DEMO="false", PASSEURS_PUBLIC_URL=BASE + "/",
               PASSEURS_TRUSTED_PROXIES="127.0.0.1",
               PASSEURS_SMTP_HOST="127.0.0.1", PASSEURS_SMTP_PORT=str(SMTP_PORT),
               PASSEURS_SMTP_FROM="Passeurs <ne-pas-repondre@cluster.example.org>",
               PASSEURS_MAIL_INTERVAL_SECONDS="2", PASSEURS_MAIL_RETRY_SECONDS="2",
               PASSEURS_JOBS_INTERVAL_SECONDS="5",
               PASSEURS_CERTIFICATE_BATCH_STALE_SECONDS="10")
    log = open(os.path.join(WORK, name + ".log"), "w")
    processes[name] = subprocess.Popen(
        ["java", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-Xmx768m", "-jar", MICRO,
         "--port", str(port), "--clustername", "passeurs-cluster-test",
         "--clustermode", "tcpip:127.0.0.1:6900", "--startport", "6900",
         "--interfaces", "127.0.0.1",
         "--addlibs", DRIVER,
         "--prebootcommandfile", os.path.join(ROOT, "payara", "pre-boot.asadmin"),
         "--postbootcommandfile", os.path.join(ROOT, "payara", "post-boot-mariadb.asadmin"),
         "--deploy", WAR, "--contextroot", "/"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=WORK)


def up(url):
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as answer:
            return b'"UP"' in answer.read()
    except (OSError, urllib.error.URLError):
        return False


def wait_up(url, what, seconds=240):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if up(url):
            return
        time.sleep(2)
    fail(f"{what} did not answer UP")


def start_balancer():
    env = dict(os.environ, PASSEURS_LB_PORT=str(LB_PORT),
               PASSEURS_PORT_ONE=str(PORTS[0]), PASSEURS_PORT_TWO=str(PORTS[1]))
    log = open(os.path.join(WORK, "haproxy.log"), "w")
    processes["haproxy"] = subprocess.Popen(
        ["haproxy", "-db", "-f", os.path.join(ROOT, "payara", "haproxy.cfg")],
        env=env, stdout=log, stderr=subprocess.STDOUT)


def stop_all():
    for process in processes.values():
        if process.poll() is None:
            process.terminate()
    for process in processes.values():
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


# --- the API, through the balancer -----------------------------------------------------------

def call(method, path, body=None, who=None, retries=0, base=BASE):
    """One API call (through the balancer, or to one instance); retried on a connection error or
    a 502/503 (an instance gone)."""
    data = None if body is None else json.dumps(body).encode()
    headers = {"Accept": "application/json", "Accept-Language": "fr"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    if who is not None:
        headers["Authorization"] = "Basic " + b64encode(f"{who[0]}:{who[1]}".encode()).decode()
    for attempt in range(retries + 1):
        request = urllib.request.Request(base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                text = answer.read().decode()
                return answer.status, json.loads(text) if text else None, attempt
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            if error.code in (502, 503, 504) and attempt < retries:
                time.sleep(0.5)
                continue
            return error.code, json.loads(text) if text.startswith("{") else text, attempt
        except (OSError, urllib.error.URLError):
            if attempt < retries:
                time.sleep(0.5)
                continue
            raise
    raise AssertionError("unreachable")


def must(expected, answer, what):
    status, body, _ = answer
    if status != expected:
        fail(f"{what}: {status} {body}")
    return body


def paris(day, hour, minute=0):
    local = datetime(day.year, day.month, day.day, hour, minute)
    # Europe/Paris in winter is UTC+1, in summer UTC+2; the session is placed in January or July
    # of next year, far from the changes, so the offset is known
    offset = 1 if day.month in (1, 2, 11, 12) else 2
    return (local - timedelta(hours=offset)).replace(tzinfo=timezone.utc).isoformat().replace(
        "+00:00", "Z")


def arrange():
    """A manufacture, its manager and room, an artisan's know-how, training and a session."""
    word = secrets.token_hex(4)
    manufacture = must(201, call("POST", "/api/manufactures", {
        "name": f"Manufacture {word}", "street": "1 rue des Ateliers", "postalCode": "23200",
        "city": "Aubusson", "region": "NOUVELLE_AQUITAINE", "latitude": 45.95,
        "longitude": 2.17, "description": "Un atelier partagé."}, ADMIN), "manufacture")["id"]
    manager = (f"gerance-{word}@example.org", secrets.token_urlsafe(18))
    must(201, call("POST", f"/api/manufactures/{manufacture}/managers", {
        "email": manager[0], "displayName": "Gérance " + word, "password": manager[1]},
        ADMIN), "manager")
    room = must(201, call("POST", f"/api/manufactures/{manufacture}/rooms", {
        "name": "Salle " + word, "capacity": 20, "wheelchairAccessible": True}, manager),
        "room")["id"]
    artisan = (f"artisan-{word}@example.org", secrets.token_urlsafe(18))
    artisan_id = must(201, call("POST", "/api/accounts", {
        "email": artisan[0], "password": artisan[1], "displayName": "Artisan " + word,
        "role": "ARTISAN", "manufactureId": manufacture}), "artisan")["id"]
    must(200, call("POST", f"/api/accounts/{artisan_id}/activate", None, manager), "activation")
    know_how = must(201, call("POST", "/api/know-how", {
        "title": "Savoir " + word, "summary": "Résumé", "description": "Description",
        "domain": "METAL"}, artisan), "know-how")["id"]
    training = must(201, call("POST", "/api/trainings", {
        "knowHowId": know_how, "title": "Initiation " + word,
        "objectives": "Tenir l'outil, connaître le geste.", "level": "BEGINNER",
        "durationHours": 3, "minParticipants": 1, "maxParticipants": SEATS, "priceCents": 0},
        artisan), "training")["id"]
    january = date(date.today().year + 1, 1, 1)
    monday = january + timedelta(days=(7 - january.weekday()) % 7 + 7)
    session = must(201, call("POST", f"/api/trainings/{training}/sessions", {
        "roomId": room, "machineIds": [], "seats": SEATS,
        "slots": [{"start": paris(monday, 9), "end": paris(monday, 12, 30)}],
        "enrolmentDeadline": paris(monday - timedelta(days=3), 18)}, artisan), "session")["id"]
    return manager, session, word, artisan, training, room, manufacture


def batch_sessions(training, room, artisan, apprentices):
    """Sessions of February with their participants and their registers closed, for a batch of
    certificates: the sessions and enrolments through the API, the registers written straight into
    the database (every participant present, each half-day signed by its trainer at its end), as
    their day has not come."""
    february = date(date.today().year + 1, 2, 1)
    days = [february + timedelta(days=n) for n in range(28)
            if (february + timedelta(days=n)).weekday() < 5]
    sessions = []
    for n in range(BATCH_SESSIONS):
        day, hour = days[n // 2], (9, 14)[n % 2]
        sessions.append(must(201, call("POST", f"/api/trainings/{training}/sessions", {
            "roomId": room, "machineIds": [], "seats": SEATS,
            "slots": [{"start": paris(day, hour), "end": paris(day, hour + 3, 30)}],
            "enrolmentDeadline": paris(day - timedelta(days=3), 18)}, artisan),
            "batch session")["id"])

    def enrol(pair):
        session, (_, person) = pair
        must(201, call("POST", f"/api/sessions/{session}/enrolments", None, person, retries=3),
             "batch enrolment")

    pairs = [(sessions[n // BATCH_PARTICIPANTS], apprentices[n])
             for n in range(BATCH_SESSIONS * BATCH_PARTICIPANTS)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(enrol, pairs))
    ids = ",".join(f"'{session}'" for session in sessions)
    sql(f"""
INSERT INTO attendance_entry (id, session_id, slot, participant_id, seq, status, late_minutes,
  remark, entered_by, entered_at, entered_from)
SELECT UUID(), e.session_id, s.seq, e.apprentice_id, 1, 'PRESENT', NULL, '', t.artisan_id,
  UTC_TIMESTAMP(6), '127.0.0.1'
FROM enrolment e JOIN training_session t ON t.id = e.session_id
  JOIN session_slot s ON s.session_id = e.session_id
WHERE e.status = 'CONFIRMED' AND e.session_id IN ({ids});
INSERT INTO attendance_signature (id, session_id, slot, signer_id, role, method, signed_at,
  signed_from)
SELECT UUID(), s.session_id, s.seq, t.artisan_id, 'TRAINER', 'TRAINER', s.ends_at, '127.0.0.1'
FROM session_slot s JOIN training_session t ON t.id = s.session_id
WHERE s.session_id IN ({ids});""")
    return sessions, february, days[-1]


def found_within(base, query, expected, seconds=2.0):
    """How long until the search of that instance answers `expected` results, or None."""
    began = time.monotonic()
    while True:
        status, body, _ = call("GET", "/api/search?" + query, base=base)
        if status == 200 and body["total"] == expected:
            return time.monotonic() - began
        if time.monotonic() - began > seconds:
            return None
        time.sleep(0.05)


# --- a person on the pages -------------------------------------------------------------------

class PageUser:
    """A browser's way with the pages: a cookie jar, forms sent with their view state."""

    def __init__(self, login):
        self.login = login
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(BASE + path, timeout=60) as answer:
            return answer.geturl(), answer.read().decode()

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(BASE + path, data=data, timeout=60) as answer:
            return answer.geturl(), answer.read().decode()

    @staticmethod
    def view_state(page):
        found = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page)
        if not found:
            fail("a page without a form's view state")
        return found.group(1)

    def log_in(self):
        _, page = self.get("/login.xhtml")
        url, _ = self.post("/login.xhtml", {
            "login": "login", "login:email": self.login[0], "login:password": self.login[1],
            "login:submit": "", "jakarta.faces.ViewState": self.view_state(page)})
        if "/login.xhtml" in url:
            fail("the page user could not log in")

    def heading(self, path):
        url, page = self.get(path)
        found = re.search(r"<h1[^>]*>([^<]*)</h1>", page)
        return url, found.group(1) if found else ""

    def rename(self, name):
        """Sends the profile form of Mon compte; returns the page shown after it."""
        _, page = self.get("/me/account.xhtml")
        url, answer = self.post("/me/account.xhtml", {
            "profile": "profile", "profile:displayName": name, "profile:birthDate": "",
            "profile:language": "fr", "profile:save": "",
            "jakarta.faces.ViewState": self.view_state(page)})
        return url, answer


# --- the test --------------------------------------------------------------------------------

def main():
    for path in (WAR, MICRO, DRIVER):
        if not os.path.isfile(path):
            print(f"{path} is missing: build first (mvn package -DskipTests)", file=sys.stderr)
            return 2
    sink = Sink(("127.0.0.1", SMTP_PORT), SmtpSession)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    create_database()
    try:
        say("1. Two instances on one MariaDB, clustered on loopback, behind HAProxy")
        start_instance("one", PORTS[0])
        wait_up(f"http://127.0.0.1:{PORTS[0]}", "instance one")  # migrates the database first
        start_instance("two", PORTS[1])
        wait_up(f"http://127.0.0.1:{PORTS[1]}", "instance two")
        start_balancer()
        wait_up(BASE, "the balancer", 30)
        grid = open(os.path.join(WORK, "two.log")).read()
        sizes = re.findall(r"DG Size: (\d+)", grid)
        say(f"   data grid size seen by instance two: {sizes[-1] if sizes else '?'}")
        if not sizes or sizes[-1] != "2":
            fail("the two instances did not form one data grid")

        say("2. A session of 12 seats; 200 apprentices; a person logged in on the pages")
        manager, session, word, artisan, training, room, manufacture = arrange()

        say("   the search of each instance follows what the other writes")
        one, two = (f"http://127.0.0.1:{port}" for port in PORTS)
        entry = must(201, call("POST", "/api/know-how", {
            "title": f"Dentelles {word}", "summary": "Au point d'Alençon",
            "description": "Fil de lin", "domain": "TEXTILE"}, artisan, base=one), "know-how")
        took = found_within(two, f"q=dentelle+{word}&kind=KNOW_HOW", 1)
        if took is None:
            fail("a know-how written through instance one was not found through two within 2 s")
        say(f"   written through one, found through two after {took * 1000:.0f} ms")
        must(204, call("DELETE", f"/api/know-how/{entry['id']}", None, artisan, base=two),
             "archive")
        took = found_within(one, f"q=dentelle+{word}&kind=KNOW_HOW", 0)
        if took is None:
            fail("a know-how archived through instance two was still found through one after 2 s")
        say(f"   archived through two, gone from one after {took * 1000:.0f} ms")

        def register(i):
            person = (f"apprenti-{i}-{secrets.token_hex(3)}@example.org",
                      secrets.token_urlsafe(12))
            body = must(201, call("POST", "/api/accounts", {
                "email": person[0], "password": person[1], "displayName": f"Apprenti {i}",
                "role": "APPRENTICE"}, retries=3), "registration")
            return body["id"], person

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            apprentices = list(pool.map(register, range(APPRENTICES)))
        batch_of, first_day, last_day = batch_sessions(training, room, artisan, apprentices)
        say(f"   {BATCH_SESSIONS} sessions of February, {BATCH_PARTICIPANTS} participants each,"
            " their registers closed, for a batch of certificates")
        page_user = PageUser(manager)
        page_user.log_in()
        url, title = page_user.heading("/me/account.xhtml")
        if title != "Mon compte":
            fail(f"the page user's account page reads {title!r} at {url}")
        # round robin: the form, its answer and the page it redirects to are answered by
        # alternate instances, so the confirmation must travel with the session
        for attempt in range(4):
            url, answer = page_user.rename(f"Gérance {attempt}")
            if "Votre profil est enregistré." not in answer:
                fail(f"the profile form's confirmation was lost between instances ({url})")
        say("   logged in; four forms sent through the balancer, each confirmation shown")

        say("3. A batch of certificates started on instance one; 200 enrolments through the"
            " balancer; halfway, once the batch is under way, instance one killed with SIGKILL")
        batch = must(202, call("POST", "/api/certificate-batches", {
            "manufactureId": manufacture, "from": first_day.isoformat(),
            "to": last_day.isoformat()}, manager, base=one), "batch")
        done = []
        sent = []
        lock = threading.Lock()
        halfway = threading.Event()
        killed = threading.Event()

        def enrol(entry):
            account_id, person = entry
            with lock:
                sent.append(account_id)
                late = len(sent) > APPRENTICES // 2 + 12
            if late:
                # the batch is not under way yet: the requests in flight at the kill are the
                # dozen sent after halfway, the rest wait for it
                killed.wait()
            status, body, attempts = call(
                "POST", f"/api/sessions/{session}/enrolments", None, person, retries=6)
            with lock:
                done.append((account_id, status, attempts))
                if len(done) == APPRENTICES // 2:
                    halfway.set()
            return status, body

        def kill_during_batch():
            halfway.wait()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                state = must(200, call("GET", f"/api/certificate-batches/{batch['id']}", None,
                                       manager, base=one), "batch progress")
                if state["state"] != "QUEUED" and (state["state"] != "RUNNING"
                                                    or state["done"] >= 1):
                    break
                time.sleep(0.02)
            processes["one"].send_signal(signal.SIGKILL)
            batch["at_kill"] = state
            killed.set()
            say(f"   instance one killed after {len(done)} answers, its batch {state['state']}"
                f" at {state['done']} of {state['total']} sessions")

        killer = threading.Thread(target=kill_during_batch)
        killer.start()
        with concurrent.futures.ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(enrol, apprentices))
        killer.join()
        if batch["at_kill"]["state"] != "RUNNING":
            fail("the batch was not under way when instance one was killed")
        statuses = {}
        for status, _ in answers:
            statuses[status] = statuses.get(status, 0) + 1
        retried = sum(1 for _, _, attempts in done if attempts > 0)
        say(f"   answers by status: {statuses}; {retried} requests retried")
        refused = [a for a in answers if a[0] not in (201, 409)]
        if refused:
            fail(f"enrolments refused: {refused[:3]}")

        say("4. The session as it stands")
        participants = must(200, call("GET", f"/api/sessions/{session}/enrolments", None,
                                      manager, retries=3), "participants")
        confirmed = [p for p in participants if p["status"] == "CONFIRMED"]
        waiting = sorted(p["position"] for p in participants if p["status"] == "WAITLISTED")
        people = [p["apprentice"]["id"] for p in participants]
        say(f"   {len(confirmed)} confirmed, waiting list {waiting[:1]}..{waiting[-1:]}"
            f" ({len(waiting)}), {len(set(people))} distinct apprentices of {len(people)}")
        if len(confirmed) != SEATS:
            fail(f"{len(confirmed)} confirmed on {SEATS} seats")
        if waiting != list(range(1, APPRENTICES - SEATS + 1)):
            fail("the waiting list is not 1..188 without a gap")
        if sorted(people) != sorted(a[0] for a in apprentices):
            fail("an apprentice is missing or enrolled twice")

        january = f"q={word}&kind=SESSION&to={(first_day - timedelta(days=1)).isoformat()}"
        took = found_within(BASE, january, 1)
        found = call("GET", "/api/search?" + january, retries=3)[1]
        if took is None or found["items"][0]["id"] != session or not found["items"][0]["full"]:
            fail(f"the survivor's search does not show the session full: {found}")
        say("   the survivor's search shows the session full (its waiting list open)")

        say("5. The page user, after the kill: still logged in, and their form is taken")
        url, title = page_user.heading("/me/account.xhtml")
        if title != "Mon compte":
            fail(f"the page user was logged out: {url} reads {title!r}")
        url, answer = page_user.rename("Gérance après la panne")
        if "Votre profil est enregistré." not in answer:
            fail(f"the profile form was not taken ({url})")
        me = must(200, call("GET", "/api/me", None, manager, retries=3), "me")
        if me["displayName"] != "Gérance après la panne":
            fail("the new name was not kept")
        say("   logged in, form taken, its confirmation shown")

        say("6. Every mail of the outbox reached the sink")
        # the killed instance may have held the outbox's lease (it expires after 30 s) and a mail
        # it had claimed and not sent (tried again 2 minutes after its claim)
        deadline = time.monotonic() + 200
        while time.monotonic() < deadline:
            pending = int(sql("SELECT COUNT(*) FROM outgoing_mail WHERE status <> 'SENT'"))
            if pending == 0:
                break
            time.sleep(2)
        ids = sql("SELECT id FROM outgoing_mail").split()
        with received_lock:
            got = [message_id for message_id, _ in received]
        distinct = set(got)
        expected = {f"<{mail_id}@cluster.example.org>" for mail_id in ids}
        say(f"   {len(ids)} mails in the outbox, {pending} not sent; the sink received {len(got)}"
            f" messages, {len(distinct)} distinct Message-IDs"
            f" ({len(got) - len(distinct)} sent twice and shown once)")
        if pending:
            fail(f"{pending} mails never sent")
        if not expected <= distinct:
            fail(f"{len(expected - distinct)} mails missing from the sink")

        say("7. The batch of certificates started before the kill, taken over by the survivor")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            state = must(200, call("GET", f"/api/certificate-batches/{batch['id']}", None, manager,
                                   retries=3), "batch")
            if state["state"] not in ("QUEUED", "RUNNING"):
                break
            time.sleep(1)
        ids = ",".join(f"'{s}'" for s in batch_of)
        issued = sql(f"SELECT COUNT(*), COUNT(DISTINCT subject_id, recipient_id) FROM certificate"
                     f" WHERE subject_id IN ({ids}) AND revoked_at IS NULL").split()
        say(f"   batch {state['state']} after {state['runs']} runs: {state['done']} of"
            f" {state['total']} sessions, {state['failed']} failed, {state['issued']} issued;"
            f" {issued[0]} certificates in the database for {issued[1]} participants")
        if state["state"] != "DONE" or state["runs"] != 2:
            fail("the batch was not taken over once and ended")
        if state["done"] != BATCH_SESSIONS or state["failed"]:
            fail("the batch did not do each session")
        expected_certificates = str(BATCH_SESSIONS * BATCH_PARTICIPANTS)
        if issued != [expected_certificates, expected_certificates]:
            fail("a participant has no certificate, or more than one")
        say("PASSED")
        return 0
    finally:
        stop_all()
        sink.shutdown()
        subprocess.run(["mariadb", "-uroot", "-e",
                        f"DROP DATABASE IF EXISTS {DB}; DROP USER IF EXISTS "
                        f"'{DB_USER}'@'127.0.0.1';"], check=False)
        print(f"(logs in {WORK})")


if __name__ == "__main__":
    sys.exit(main())
