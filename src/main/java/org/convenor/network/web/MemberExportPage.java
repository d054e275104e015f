package org.convenor.network.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.convenor.console.ConsolePage;
import org.convenor.network.store.MemberExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member page's "Export everything we hold" (ADMIN): the API's export, downloaded with the console's sign-in,
 * as JSON or, with {@code format=csv}, as a zip of CSV files.
 */
@ConsolePage
class MemberExportPage {

    private final MemberExports exports;

    MemberExportPage(MemberExports exports) {
        this.exports = exports;
    }

    @GetMapping("/network/members/{id}/export")
    void export(@PathVariable String id, @RequestParam(required = false) String format, HttpServletResponse response,
            Principal user) throws IOException {
        MemberExport export = exports.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no member '" + id + "' in our network: it may have been erased."));
        boolean csv = MemberExports.CSV.equals(format);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, MemberExports.attachment(export, csv));
        if (csv) {
            response.setContentType(MemberExports.ZIP.toString());
            response.getOutputStream().write(exports.zip(export));
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            exports.json(export, response.getOutputStream());
        }
    }
}
