package fr.passeurs.platform.rest;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The classes of the application's {@code api} packages, found where the application's classes are
 * (a directory of the deployed archive, or a jar): the resources, and the records they take and
 * give by their simple names, unique across those packages ({@code ArchitectureTest}).
 */
final class ApiTypes {

  private static final Logger LOG = Logger.getLogger(ApiTypes.class.getName());

  final List<Class<?>> resources = new ArrayList<>();
  final Map<String, Class<?>> records = new LinkedHashMap<>();

  static ApiTypes scan() {
    ApiTypes types = new ApiTypes();
    ClassLoader loader = ApiTypes.class.getClassLoader();
    try {
      for (String name : classNames(loader)) {
        if (!name.matches("fr\\.passeurs\\.\\w+\\.api\\..*")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, loader);
          if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
            types.resources.add(type);
          }
          if (type.isRecord()) {
            types.records.putIfAbsent(type.getSimpleName(), type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          LOG.log(Level.WARNING, e, () -> "Left out of the API's document: " + name);
        }
      }
    } catch (IOException | URISyntaxException e) {
      LOG.log(Level.WARNING, "The API's classes could not be read; the document stays as made", e);
    }
    return types;
  }

  private static List<String> classNames(ClassLoader loader)
      throws IOException, URISyntaxException {
    String self = ApiTypes.class.getName().replace('.', '/') + ".class";
    URL here = loader.getResource(self);
    List<String> names = new ArrayList<>();
    if (here == null) {
      return names;
    }
    if ("file".equals(here.getProtocol())) {
      Path file = Path.of(here.toURI());
      Path root = file;
      for (int i = 0; i < self.split("/").length; i++) {
        root = root.getParent();
      }
      Path base = root;
      try (Stream<Path> files = Files.walk(base.resolve("fr/passeurs"))) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .forEach(
                f ->
                    names.add(
                        base.relativize(f)
                            .toString()
                            .replace(java.io.File.separatorChar, '/')
                            .replace('/', '.')
                            .replaceAll("\\.class$", "")));
      }
    } else if ("jar".equals(here.getProtocol())) {
      JarURLConnection jar = (JarURLConnection) here.openConnection();
      Enumeration<JarEntry> entries = jar.getJarFile().entries();
      while (entries.hasMoreElements()) {
        String entry = entries.nextElement().getName();
        if (entry.startsWith("fr/passeurs/") && entry.endsWith(".class")) {
          names.add(entry.replace('/', '.').replaceAll("\\.class$", ""));
        }
      }
    }
    return names;
  }
}
