package org.convenor.console;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.convenor.validation.UnreadableQuery;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For console pages only: puts the signed-in user in every page's model, and answers a page that cannot be
 * shown (an unknown rule set, a draft that is not yours, an address or form that cannot be read) with the error
 * page rather than the API's problem JSON. Ordered first so it wins over the API's problem handler for these
 * controllers.
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
        return errorPage(e.getStatusCode(), e.getReason(), principal);
    }

    /** {@code ?q=%FF}: the container reads no parameter of a query holding an escape that is not UTF-8. */
    @ExceptionHandler
    ModelAndView unreadableAddress(InvalidParameterException e, HttpServletRequest request, Principal principal) {
        String detail = UnreadableQuery.parameter(request.getQueryString())
                .map(name -> "This address could not be read: its '" + name + "' is not text (a %-escape that is "
                        + "not UTF-8). Check the link you followed.")
                .orElse("This form could not be read: a value in it is not text (UTF-8). Reload the form and try again.");
        return errorPage(HttpStatus.BAD_REQUEST, detail, principal);
    }

    /** A form sent a field it does not have ({@code targets[-1].id}, {@code targets[256].id}): not a page's fault. */
    @ExceptionHandler
    ModelAndView unknownField(InvalidPropertyException e, Principal principal) {
        return errorPage(HttpStatus.BAD_REQUEST, "This form has no field '" + e.getPropertyName() + "': a list's rows "
                + "are numbered from 0, at most 256 of them. Reload the form and try again.", principal);
    }

    private ModelAndView errorPage(HttpStatusCode status, String detail, Principal principal) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        HttpStatus known = HttpStatus.resolve(status.value());
        page.addObject("error", known == null ? "Error" : known.getReasonPhrase());
        page.addObject("detail", detail);
        page.addObject("user", user(principal));
        return page;
    }
}
