package fr.passeurs.platform.web;

import fr.passeurs.platform.TextRules;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text typed into a page passes here, whatever its form: the same rules as the API's bodies
 * ({@link TextRules}), a text area may hold several lines, any other field one. Refused, the field
 * shows why, in the page's language.
 */
@FacesConverter(forClass = String.class)
public class TextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null) {
      return null;
    }
    TextRules.refusal(value, isMultiLine(component))
        .ifPresent(
            code -> {
              String text = Feedback.text(code);
              throw new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  private static boolean isMultiLine(UIComponent component) {
    return component instanceof HtmlInputTextarea
        || component.getClass().getSimpleName().contains("Textarea");
  }
}
