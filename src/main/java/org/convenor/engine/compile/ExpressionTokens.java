package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one expression of a rule's conditions ({@code formedOn >= $today.minusDays($window)}), for
 * {@link ExpressionCheck}, which refuses what it cannot place rather than guess at it: what is not read is not
 * checked.
 */
final class ExpressionTokens {

    enum Kind { NAME, NUMBER, TEXT, SYMBOL, END }

    record Token(Kind kind, String text) {

        boolean is(String symbol) {
            return kind != Kind.TEXT && text.equals(symbol);
        }
    }

    /** Longest first, so that {@code <=} is read before {@code <}. */
    private static final List<String> SYMBOLS = List.of("!.", "==", "!=", "<=", ">=", "&&", "||", ":=", "<", ">",
            "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ",", ".", ":", "?", "#");

    private final List<Token> tokens = new ArrayList<>();
    private int next;

    ExpressionTokens(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(i, end)));
                i = end;
            } else if (Character.isDigit(c)
                    || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end)));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    throw new ExpressionCheck.Refused("a quote is not closed");
                }
                tokens.add(new Token(Kind.TEXT, text.substring(i + 1, end)));
                i = end + 1;
            } else {
                i = symbol(text, i);
            }
        }
        tokens.add(new Token(Kind.END, ""));
    }

    private int symbol(String text, int at) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, at)) {
                tokens.add(new Token(Kind.SYMBOL, symbol));
                return at + symbol.length();
            }
        }
        // Not a symbol of the vocabulary's expressions: the check refuses it when it gets there.
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(text.charAt(at))));
        return at + 1;
    }

    Token peek() {
        return tokens.get(next);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    boolean takeIf(String symbol) {
        if (peek().is(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    void expect(String symbol) {
        if (!takeIf(symbol)) {
            throw unreadable();
        }
    }

    /** Why an expression that does not read as one is refused, naming where it stopped being readable. */
    ExpressionCheck.Refused unreadable() {
        return new ExpressionCheck.Refused("the rule vocabulary cannot read this condition near '" + peek().text()
                + "'");
    }
}
