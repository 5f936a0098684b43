package fr.passeurs.visit.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.visit.api.VisitViews.SchoolRequest;
import fr.passeurs.visit.api.VisitViews.SchoolView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A teacher's schools, registered by their UAI. */
@Path("me/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Class visits", description = "Schools, class visit offers and their bookings.")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.TEACHER_NAME)
public class MySchoolResource {

  @Inject private VisitReads visits;
  @Inject private Caller caller;

  @GET
  @Operation(summary = "The schools I registered")
  public List<SchoolView> schools() {
    return visits.schools(caller);
  }

  @POST
  @Operation(
      summary = "Register my school by its UAI",
      description =
          "7 digits and a check letter (e.g. 0750655E); a wrong check letter is refused. If a"
              + " colleague registered it already, I join it and name and city are not needed.")
  @Answers(status = 201, value = SchoolView.class)
  public Response register(SchoolRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(visits.registerSchool(caller, Input.requiredBody(body)))
        .build();
  }
}
