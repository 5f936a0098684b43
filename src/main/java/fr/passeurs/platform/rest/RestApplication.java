package fr.passeurs.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api}. Its OpenAPI description is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Passeurs API",
            version = "1",
            license =
                @License(
                    name = "EUPL-1.2",
                    url =
                        "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"),
            description =
                "Rare craft know-how of the manufactures de proximité: catalogue, accounts, and"
                    + " everything built on them. Errors are RFC 9457 problem documents."))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "HTTP Basic with the e-mail and password of a Passeurs account (over TLS).")
public class RestApplication extends Application {}
