package org.convenor.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders console pages. The API's problem answers stay with the API's controllers: a page
 * that cannot be shown is an HTML page saying why ({@link ConsoleAdvice}), and every page knows who is signed in.
 * Pages exist only in a web application: the commands start the service without one, and without the console's
 * sign-in that some pages stand on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public @interface ConsolePage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
