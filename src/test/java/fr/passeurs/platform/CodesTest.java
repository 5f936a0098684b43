package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The codes the code refuses, tells and writes with have their texts: every code written in the
 * sources and pages has a French and an English text, and where a code is given with its arguments,
 * its texts take as many. (That the two texts of a code agree: {@link BundlesTest}.)
 */
class CodesTest {

  /** The families of codes whose texts are only ever looked up by the code. */
  private static final Pattern CODE =
      Pattern.compile(
          "(problem|invalid|forbidden|notice|why|thing|visit\\.note|enum|reason|rarity|cert)\\.[A-Za-z0-9_.-]*[A-Za-z0-9]");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");

  /** Calls that take a code and then its arguments: the code's position among the arguments. */
  private static final Map<String, Integer> CALLS =
      Map.of(
          "DomainException.invalid(", 1,
          "DomainException.conflict(", 1,
          "DomainException.forbidden(", 0,
          "new DomainException(", 2,
          "new FieldError(", 1,
          "Message.of(", 0,
          "Feedback.text(", 0,
          "Feedback.info(", 0,
          "Feedback.error(", 0);

  private static Properties french;
  private static Properties english;
  private static List<Path> sources;

  @BeforeAll
  static void read() throws IOException {
    french = bundle("fr");
    english = bundle("en");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  private static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        CodesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void everyCodeWrittenInTheSourcesHasAFrenchAndAnEnglishText() throws IOException {
    List<String> missing = new ArrayList<>();
    int codes = 0;
    for (Path source : sources) {
      for (String literal : literals(withoutComments(Files.readString(source)))) {
        if (CODE.matcher(literal).matches()) {
          codes++;
          if (!french.containsKey(literal) || !english.containsKey(literal)) {
            missing.add(literal + " (" + source.getFileName() + ")");
          }
        }
      }
    }
    assertThat(codes).as("codes found").isGreaterThan(300);
    assertThat(missing).as("codes without a French or an English text").isEmpty();
  }

  @Test
  void everyTextAPageAsksForExists() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher keys = PAGE_KEY.matcher(Files.readString(page));
        while (keys.find()) {
          String key = keys.group(1);
          if (!french.containsKey(key) || !english.containsKey(key)) {
            missing.add(key + " (" + page.getFileName() + ")");
          }
        }
      }
    }
    assertThat(missing).as("texts the pages ask for and the bundles lack").isEmpty();
  }

  @Test
  void aCodeGivenWithItsArgumentsHasTextsThatTakeAsMany() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Path source : sources) {
      String code = withoutComments(Files.readString(source));
      for (Map.Entry<String, Integer> call : CALLS.entrySet()) {
        int at = code.indexOf(call.getKey());
        while (at >= 0) {
          List<String> args = arguments(code, at + call.getKey().length());
          int position = call.getValue();
          if (args.size() > position && isLiteral(args.get(position))) {
            String key = unquote(args.get(position));
            List<String> given = args.subList(position + 1, args.size());
            if (french.containsKey(key) && !spreads(given)) {
              checked++;
              int expected = placeholders(french.getProperty(key));
              if (expected != given.size()) {
                wrong.add(
                    "%s takes %d, given %d in %s"
                        .formatted(key, expected, given.size(), source.getFileName()));
              }
            }
          }
          at = code.indexOf(call.getKey(), at + 1);
        }
      }
    }
    assertThat(checked).as("calls checked").isGreaterThan(300);
    assertThat(wrong).as("codes given another number of arguments than their texts take").isEmpty();
  }

  /** Arguments passed as one list or array (a record's list, varargs handed on) are not counted. */
  private static boolean spreads(List<String> given) {
    if (given.size() != 1) {
      return false;
    }
    String only = given.get(0).strip();
    return only.equals("args")
        || only.endsWith(".args()")
        || only.endsWith("toArray()")
        || only.startsWith("List.of(")
        || only.startsWith("new Object[]");
  }

  /** How many arguments a text takes: one more than its highest placeholder. */
  static int placeholders(String text) {
    int highest = -1;
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      highest = Math.max(highest, Integer.parseInt(m.group(1)));
    }
    return highest + 1;
  }

  private static boolean isLiteral(String argument) {
    String a = argument.strip();
    return a.length() >= 2
        && a.startsWith("\"")
        && a.endsWith("\"")
        && a.indexOf('"', 1) == a.length() - 1;
  }

  private static String unquote(String literal) {
    String a = literal.strip();
    return a.substring(1, a.length() - 1);
  }

  /** The arguments of the call whose parenthesis opened just before {@code from}. */
  static List<String> arguments(String code, int from) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(code, i);
        current.append(code, i, end + 1);
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          if (!current.toString().isBlank()) {
            args.add(current.toString().strip());
          }
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    return args;
  }

  /** The string literals of some code (text blocks left out). */
  static List<String> literals(String code) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\'') {
        i = endOfLiteral(code, i);
      } else if (c == '"') {
        if (code.startsWith("\"\"\"", i)) {
          int end = code.indexOf("\"\"\"", i + 3);
          i = end < 0 ? code.length() : end + 2;
          continue;
        }
        int end = endOfLiteral(code, i);
        found.add(code.substring(i + 1, end));
        i = end;
      }
    }
    return found;
  }

  private static int endOfLiteral(String code, int start) {
    char quote = code.charAt(start);
    for (int i = start + 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return code.length() - 1;
  }

  /** The code without its comments (literals kept as they are). */
  static String withoutComments(String code) {
    StringBuilder kept = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = code.startsWith("\"\"\"", i) ? textBlockEnd(code, i) : endOfLiteral(code, i);
        kept.append(code, i, end + 1);
        i = end;
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? code.length() : end - 1;
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? code.length() : end + 1;
      } else {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static int textBlockEnd(String code, int start) {
    int end = code.indexOf("\"\"\"", start + 3);
    return end < 0 ? code.length() - 1 : end + 2;
  }
}
