package fr.passeurs.search.web;

import fr.passeurs.search.SearchIndexer;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import java.io.IOException;

/**
 * After each request that changed something the search shows, this instance's index reads the
 * change: the person who made it finds it in their next search, on a page or through the API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FreshSearchFilter extends HttpFilter {

  @Inject private SearchIndexer search;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      search.catchUpIfChangedHere();
    }
  }
}
