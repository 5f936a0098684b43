package fr.passeurs.platform;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as the PDFs of the platform print it (certificates, attendance sheets) in the standard
 * fonts: made printable in their WinAnsi encoding (a letter it lacks loses its accent, or becomes a
 * question mark) and wrapped to a width.
 */
public final class PdfText {

  private PdfText() {}

  /** Splits text into lines no wider than {@code width}, between words, or inside a long word. */
  public static List<String> wrap(PDFont font, float size, String text, float width)
      throws IOException {
    String printable = printable(font, text);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(font, size, candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // A word wider than the line (an address) is cut where it must.
      String rest = word;
      while (width(font, size, rest) > width) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The text as the font can print it: white space made plain, and every character outside WinAnsi
   * replaced by itself without accent, or by a question mark.
   */
  public static String printable(PDFont font, String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp >= 0x20 && cp < 0x7f) {
                out.append((char) cp); // ASCII: always in WinAnsi
              } else if (cp == 0x202f || cp == 0x2007 || cp == 0x2060) {
                out.append('\u00a0'); // narrow and figure no-break spaces
              } else if (cp == '\t'
                  || cp == '\n'
                  || cp == '\r'
                  || Character.isSpaceChar(cp) && cp != 0xa0) {
                out.append(' ');
              } else if (Character.isISOControl(cp)) {
                // dropped: nothing to print
              } else if (encodes(font, cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(substitute(font, cp));
              }
            });
    return out.toString();
  }

  private static String substitute(PDFont font, int cp) {
    switch (cp) {
      case 0x2010, 0x2011, 0x2012, 0x2212:
        return "-";
      case 0x2032:
        return "'";
      case 0x0141:
        return "L"; // Ł has no decomposition
      case 0x0142:
        return "l";
      case 0x0110:
        return "D";
      case 0x0111:
        return "d";
      case 0x0131:
        return "i";
      case 0x0126:
        return "H";
      case 0x0127:
        return "h";
      default:
        break;
    }
    StringBuilder base = new StringBuilder();
    Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(c -> base.appendCodePoint(encodes(font, c) ? c : '?'));
    return base.length() == 0 ? "?" : base.toString();
  }

  private static boolean encodes(PDFont font, int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** The width of the text, as printed in this font at this size, in points. */
  public static float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(printable(font, text)) / 1000 * size;
  }
}
