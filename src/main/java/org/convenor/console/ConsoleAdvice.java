package org.convenor.console;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * For console pages only: puts the signed-in user in every page's model, and answers a page that cannot be
 * shown (an unknown rule set, a draft that is not yours) with the error page rather than the API's problem
 * JSON. Ordered first so it wins over the API's problem handler for these controllers.
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    @ModelAttribute("user")
    ConsoleUser user(Principal principal) {
        return principal instanceof Authentication authentication ? ConsoleUser.of(authentication) : null;
    }

    @ExceptionHandler
    ModelAndView cannotShow(ResponseStatusException e, Principal principal) {
        HttpStatusCode status = e.getStatusCode();
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        HttpStatus known = HttpStatus.resolve(status.value());
        page.addObject("error", known == null ? "Error" : known.getReasonPhrase());
        page.addObject("detail", e.getReason());
        page.addObject("user", user(principal));
        return page;
    }
}
