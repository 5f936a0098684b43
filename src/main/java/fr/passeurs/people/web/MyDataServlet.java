package fr.passeurs.people.web;

import fr.passeurs.people.MyData;
import fr.passeurs.platform.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * "Mes données" for the pages: everything Passeurs holds on the person logged in, as the JSON of
 * {@code GET /api/me/data}, downloaded as a file ({@code /me/data.json}).
 */
@WebServlet("/me/data.json")
public class MyDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private MyData data;
  @Inject private Instance<Caller> caller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String json;
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      json = jsonb.toJson(data.export(caller.get()));
    } catch (Exception e) {
      throw new IOException("the data could not be written", e);
    }
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"mes-donnees-passeurs.json\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
