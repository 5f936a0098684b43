package fr.passeurs.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Texts of the bundle with arguments, for the pages: {@code #{texts.of('key', arg)}} writes dates,
 * times, days and enum constants in the page's language, as refusals are written ({@link
 * fr.passeurs.platform.Messages}).
 */
@Named
@ApplicationScoped
public class Texts {

  public String of(String key) {
    return Feedback.text(key);
  }

  public String of(String key, Object first) {
    return Feedback.text(key, first);
  }

  public String of(String key, Object first, Object second) {
    return Feedback.text(key, first, second);
  }

  public String of(String key, Object first, Object second, Object third) {
    return Feedback.text(key, first, second, third);
  }
}
