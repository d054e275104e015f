package org.convenor.rulesets.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.RuleSetFiles;

/**
 * What a draft's page remembers between its forms, per draft, in the editor's session: the last check, the
 * scenarios whose new values were accepted since, the last preview, and the message of a refused publish. Each goes when it no longer describes
 * the draft: a check when a file is saved, accepted values when the draft is checked again, a preview when a
 * rule file changes (scenarios do not change what the rules decide).
 */
final class DraftSession {

    private static final String CHECK = "lastCheck:";
    private static final String ACCEPTED = "accepted:";
    private static final String PREVIEW = "preview:";
    private static final String MESSAGE = "message:";

    private DraftSession() {
    }

    static CheckReport check(HttpSession session, String draft) {
        return (CheckReport) session.getAttribute(CHECK + draft);
    }

    static void checked(HttpSession session, String draft, CheckReport report) {
        session.setAttribute(CHECK + draft, report);
        session.removeAttribute(ACCEPTED + draft);
    }

    @SuppressWarnings("unchecked")
    static Map<String, AcceptView> accepted(HttpSession session, String draft) {
        Object accepted = session.getAttribute(ACCEPTED + draft);
        return accepted == null ? Map.of() : (Map<String, AcceptView>) accepted;
    }

    static void accepted(HttpSession session, String draft, AcceptView view) {
        Map<String, AcceptView> accepted = new LinkedHashMap<>(accepted(session, draft));
        accepted.put(view.scenario(), view);
        session.setAttribute(ACCEPTED + draft, accepted);
    }

    static PreviewView preview(HttpSession session, String draft) {
        return (PreviewView) session.getAttribute(PREVIEW + draft);
    }

    static void previewed(HttpSession session, String draft, PreviewView preview) {
        session.setAttribute(PREVIEW + draft, preview);
    }

    /** A file of the draft was written: the check no longer stands, nor a preview if a rule changed. */
    static void saved(HttpSession session, String draft, String path) {
        session.removeAttribute(CHECK + draft);
        session.removeAttribute(ACCEPTED + draft);
        if (path.startsWith(RuleSetFiles.RULES)) {
            session.removeAttribute(PREVIEW + draft);
        }
    }

    /** The message of a publish that was refused, shown again until the draft is published or discarded. */
    static String message(HttpSession session, String draft) {
        return (String) session.getAttribute(MESSAGE + draft);
    }

    static void typed(HttpSession session, String draft, String message) {
        session.setAttribute(MESSAGE + draft, message);
    }

    /** The draft is published or discarded. */
    static void gone(HttpSession session, String draft) {
        session.removeAttribute(MESSAGE + draft);
        session.removeAttribute(CHECK + draft);
        session.removeAttribute(ACCEPTED + draft);
        session.removeAttribute(PREVIEW + draft);
    }
}
