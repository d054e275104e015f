package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convenor.engine.compile.DrlSource.Finding;
import org.convenor.engine.compile.DrlSource.Kind;
import org.convenor.engine.compile.DrlSource.Token;
import org.convenor.engine.compile.PlainWords.Said;
import org.drools.drl.parser.ParserError;

/**
 * The parser's mistakes, one per file. The parser names the line where it got lost, which for an unclosed quote
 * or parenthesis, or a missing {@code then} or {@code end}, is later than the mistake, and what it says after its
 * first error is noise: so the file's structure is read first, and only the first error is put in plain words.
 */
final class ParserMistakes {

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)\\s*");
    private static final Pattern EXPECTING = Pattern.compile(
            "mismatched input '(.*?)' expecting one of the following tokens: '\\[(.*)]'", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile(
            "(?:mismatched input|no viable alternative at input|extraneous input) '(.*?)'", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*?)'");

    private final Map<String, DrlSource> sources;
    private final Map<String, List<ParserError>> reported = new LinkedHashMap<>();

    ParserMistakes(Map<String, DrlSource> sources) {
        this.sources = sources;
    }

    void add(String file, ParserError error) {
        reported.computeIfAbsent(file, f -> new ArrayList<>()).add(error);
    }

    /** The parser's first error in each file, or the structural mistake behind it when that comes no later. */
    void addTo(ErrorList errors) {
        reported.forEach((file, inFile) -> {
            DrlSource source = sources.get(file);
            Optional<ParserError> first = inFile.stream().filter(e -> e.getRow() > 0)
                    .filter(e -> !e.getMessage().contains("unexpected exception"))
                    .min(Comparator.comparingInt(ParserError::getRow));
            Optional<Finding> structural = source == null ? Optional.empty() : source.structuralMistake();
            String detail = first.map(ParserError::getMessage)
                    .orElse(inFile.isEmpty() ? "Parser returned a null Package" : inFile.get(0).getMessage());
            if (structural.isPresent() && (first.isEmpty() || structural.get().line() <= first.get().getRow())) {
                errors.add(file, structural.get().line(), structural.get().message(), detail);
            } else if (first.isPresent()) {
                ParserError error = first.get();
                Said said = words(source, error.getRow(), error.getCol(), error.getMessage());
                errors.add(file, said.line(), said.message(), detail);
            } else if (!inFile.isEmpty()) {
                errors.add(file, 0, "the file cannot be read: " + ErrorList.clean(detail), detail);
            }
        });
    }

    private static Said words(DrlSource source, int row, int column, String text) {
        String message = PARSER_PREFIX.matcher(text.strip()).replaceFirst("");
        Matcher expecting = EXPECTING.matcher(message);
        if (expecting.find()) {
            String found = expecting.group(1);
            List<String> expected = List.of(expecting.group(2).split(",\\s*"));
            List<String> meant = DrlSource.similar(found, expected);
            return new Said(row, meant.isEmpty()
                    ? "'" + found + "' is not expected here; expected one of: " + String.join(", ", expected)
                    : "'" + found + "' is not a keyword; did you mean " + UnknownNames.quoted(meant) + "?");
        }
        Matcher missing = MISSING.matcher(message);
        if (missing.find()) {
            return new Said(row, "'" + missing.group(1) + "' seems to be missing before '" + missing.group(2) + "'");
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (!unexpected.find() || source == null) {
            return new Said(row, message);
        }
        String found = unexpected.group(1);
        if (found.isEmpty() || found.equals("<eof>")) {
            return new Said(row, "the file ends in the middle of a rule: an 'end', a closing quote or a ')' seems"
                    + " to be missing");
        }
        Optional<Token> token = source.tokenAt(row, column);
        if (token.isEmpty()) {
            return new Said(row, "'" + found + "' is not expected here");
        }
        return unexpected(source, token.get());
    }

    /** The parser did not expect this word or mark: what staff most often meant there. */
    private static Said unexpected(DrlSource source, Token t) {
        Optional<Token> previous = source.before(t);
        boolean valueFollows = source.after(t).filter(Token::startsValue).isPresent();
        if (source.depthAt(t) > 0 && valueFollows && !misspeltOperator(t).isEmpty()) {
            // roles contain Role.PARTNER: a word between two values where an operator should be.
            return new Said(t.line(), "'" + t.text() + "' is not a known operator; did you mean "
                    + UnknownNames.quoted(misspeltOperator(t)) + "?");
        }
        if (previous.isPresent() && source.depthAt(t) > 0 && previous.get().endsValue() && t.startsValue()) {
            return PlainWords.commaMissing(previous.get(), t, false);
        }
        if (t.text().equals("=") && source.depthAt(t) > 0) {
            return new Said(t.line(), "a condition compares with '==', not '='");
        }
        if (t.text().equals(")") && previous.filter(p -> p.text().equals(",")).isPresent()) {
            return new Said(t.line(), "there is a comma too many before ')'");
        }
        List<String> keyword = misspeltKeyword(t);
        if (!keyword.isEmpty()) {
            return new Said(t.line(), "'" + t.text() + "' is not a keyword; did you mean "
                    + UnknownNames.quoted(keyword) + "?");
        }
        if (previous.isPresent() && source.firstOnItsLine(previous.get())
                && !misspeltKeyword(previous.get()).isEmpty()) {
            return new Said(previous.get().line(), "'" + previous.get().text() + "' is not a keyword; did you mean "
                    + UnknownNames.quoted(misspeltKeyword(previous.get())) + "?");
        }
        if (t.text().equals(")")) {
            return new Said(t.line(), "there is one ')' too many on this line");
        }
        return new Said(t.line(), "'" + t.text() + "' is not expected here: check the spelling and the punctuation"
                + " just before it");
    }

    private static List<String> misspeltOperator(Token token) {
        return token.kind() == Kind.WORD && !DrlSource.OPERATORS.contains(token.text())
                ? DrlSource.similar(token.text(), DrlSource.OPERATORS) : List.of();
    }

    private static List<String> misspeltKeyword(Token token) {
        return token.kind() == Kind.WORD && !DrlSource.KEYWORDS.contains(token.text())
                ? DrlSource.similar(token.text(), DrlSource.KEYWORDS) : List.of();
    }
}
