package fr.passeurs.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a form field of a page bean: the field is checked by the constraints of a component of a
 * request record of the API ({@code @LimitsOf(value = RoomRequest.class, field = "name")}), so that
 * a limit is written once, on the record, and the page and the API refuse alike. {@link
 * FieldValidator} applies it to the field's input, the message beside it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface LimitsOf {

  /** The request record whose component's constraints apply. */
  Class<? extends Record> value();

  /** The record's component; by default the field's own name. */
  String field() default "";
}
