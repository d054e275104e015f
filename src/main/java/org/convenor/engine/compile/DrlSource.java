package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * One DRL file as staff wrote it: its lines, its words and punctuation, its imports and the blocks of its rules.
 * {@link CompileErrors} and the classes it uses read it to place a mistake on its own line where Drools names a later
 * one (an unclosed quote is only noticed at the end of the file), and to find the names a misspelling was meant to be.
 * The rule-change workflow reads its policy tables from it ({@link #rules()}, {@link #tokens()}), so a table is found
 * in the text exactly as the compiler's error messages see it.
 */
public final class DrlSource {

    public enum Kind { WORD, NUMBER, STRING, UNCLOSED_STRING, SYMBOL }

    /** A word, number, quoted text or punctuation mark; {@code line} counts from 1, {@code column} from 0. */
    public record Token(String text, Kind kind, int line, int column, int index) {

        /** The column just after the token's last character. */
        public int endColumn() {
            return column + text.length();
        }

        boolean endsValue() {
            return kind == Kind.NUMBER || kind == Kind.STRING || isName() || text.equals(")") || text.equals("]");
        }

        boolean startsValue() {
            return kind == Kind.NUMBER || kind == Kind.STRING || isName();
        }

        private boolean isName() {
            return kind == Kind.WORD && !KEYWORDS.contains(text) && !OPERATORS.contains(text);
        }
    }

    /**
     * A rule (or query) of the file: its name as written, and its parts as indexes into {@link #tokens()}.
     *
     * @param conditionsFrom the first token after {@code when} (or after the header, when there is no {@code when})
     * @param thenIndex the {@code then} keyword's token; -1 when the block has none
     * @param endIndex the closing {@code end}'s token; -1 when the block has none
     */
    public record Block(String name, int line, int conditionsFrom, int thenIndex, int endIndex) {

        /** A rule whose {@code when} holds nothing: a policy table, fired once per version. */
        public boolean hasNoConditions() {
            return thenIndex >= 0 && conditionsFrom == thenIndex;
        }
    }

    /** A mistake found by reading the file's structure, with the line it is on. */
    record Finding(int line, String message) {
    }

    static final Set<String> KEYWORDS = Set.of("package", "import", "global", "rule", "query", "declare", "function",
            "when", "then", "end", "not", "exists", "forall", "from", "accumulate", "collect", "eval", "and", "or",
            "salience", "extends");

    /** Words that compare inside a condition: {@code roles contains Role.PARTNER}. */
    static final Set<String> OPERATORS = Set.of("contains", "excludes", "matches", "memberOf", "soundslike", "in",
            "str");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\w.]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private final List<String> lines;
    private final List<Token> tokens = new ArrayList<>();
    private final Map<String, String> imports = new LinkedHashMap<>();

    public DrlSource(String text) {
        this.lines = List.of(text.split("\r?\n", -1));
        tokenize();
        Matcher imported = IMPORT.matcher(text);
        while (imported.find()) {
            String name = imported.group(1);
            imports.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
    }

    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    public int lineCount() {
        return lines.size();
    }

    /** Simple name to qualified name, for every {@code import} in the file. */
    public Map<String, String> imports() {
        return imports;
    }

    /** The line of {@code import name;}, or 0. */
    int importLine(String name) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = IMPORT.matcher(lines.get(i));
            if (matcher.find() && matcher.group(1).equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Every token of the file in order; comments are not tokens. */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * The file's rules and queries in order. A header's attributes ({@code @description(...)}, {@code salience}) come
     * before {@code when}, so a rule whose first token after {@code when} is {@code then} has no conditions.
     */
    public List<Block> rules() {
        List<Block> blocks = new ArrayList<>();
        for (Token t : tokens) {
            if (!opensBlock(t)) {
                continue;
            }
            int conditionsFrom = -1;
            int then = -1;
            int end = -1;
            for (int i = t.index() + 2; i < tokens.size() && end < 0; i++) {
                Token next = tokens.get(i);
                if (opensBlock(next)) {
                    break;
                } else if (then < 0 && conditionsFrom < 0 && next.text().equals("when") && firstOnItsLine(next)) {
                    conditionsFrom = i + 1;
                } else if (then < 0 && next.text().equals("then") && firstOnItsLine(next)) {
                    then = i;
                } else if (then >= 0 && closesBlock(next)) {
                    end = i;
                }
            }
            String name = name(t);
            boolean quoted = name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"));
            blocks.add(new Block(quoted ? name.substring(1, name.length() - 1) : name, t.line(),
                    conditionsFrom < 0 ? then : conditionsFrom, then, end));
        }
        return blocks;
    }

    List<Token> tokensOn(int line) {
        return tokens.stream().filter(t -> t.line() == line).toList();
    }

    /** The token that starts at, or covers, this position; else the first one after it. */
    Optional<Token> tokenAt(int line, int column) {
        return tokens.stream()
                .filter(t -> t.line() > line || t.line() == line && t.column() + t.text().length() > column)
                .findFirst();
    }

    Optional<Token> before(Token token) {
        return token.index() > 0 ? Optional.of(tokens.get(token.index() - 1)) : Optional.empty();
    }

    Optional<Token> after(Token token) {
        return token.index() + 1 < tokens.size() ? Optional.of(tokens.get(token.index() + 1)) : Optional.empty();
    }

    boolean firstOnItsLine(Token token) {
        return before(token).map(previous -> previous.line() < token.line()).orElse(true);
    }

    /** How many parentheses are open just before this token, counted from the start of its rule. */
    int depthAt(Token token) {
        int start = ruleStart(token.line());
        int depth = 0;
        for (Token t : tokens) {
            if (t == token) {
                break;
            }
            if (t.line() >= start) {
                depth += t.text().equals("(") ? 1 : t.text().equals(")") ? -1 : 0;
            }
        }
        return depth;
    }

    /** The header line of the rule this line is in (the nearest {@code rule} above it), or 1. */
    int ruleStart(int line) {
        int start = 1;
        for (Token t : tokens) {
            if (t.line() > line) {
                break;
            }
            if (opensBlock(t)) {
                start = t.line();
            }
        }
        return start;
    }

    /** The line of the {@code end} that closes the rule starting on this line, or the last line. */
    int ruleEnd(int start) {
        for (Token t : tokens) {
            if (t.line() > start && (closesBlock(t) || opensBlock(t))) {
                return closesBlock(t) ? t.line() : t.line() - 1;
            }
        }
        return lines.size();
    }

    /** The {@code $names} bound in the rule starting on this line ({@code $m : Member(...)}, {@code $id : id}). */
    Set<String> bindings(int ruleStart) {
        Set<String> names = new LinkedHashSet<>();
        int end = ruleEnd(ruleStart);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.line() >= ruleStart && t.line() <= end && t.text().startsWith("$")
                    && tokens.get(i + 1).text().equals(":")) {
                names.add(t.text());
            }
        }
        return names;
    }

    /** The fact type a {@code $name} is bound to in this rule ({@code $m : Member(...)}), if it is bound to one. */
    Optional<String> typeOf(String binding, int ruleStart) {
        int end = ruleEnd(ruleStart);
        for (int i = 0; i + 3 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.line() >= ruleStart && t.line() <= end && t.text().equals(binding)
                    && tokens.get(i + 1).text().equals(":") && tokens.get(i + 2).kind() == Kind.WORD
                    && tokens.get(i + 3).text().equals("(")) {
                return Optional.of(tokens.get(i + 2).text());
            }
        }
        return Optional.empty();
    }

    /** The first line from {@code from} to {@code to} where {@code word} stands as a whole word (or name), or 0. */
    int find(String word, int from, int to) {
        Pattern whole = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int line = Math.max(1, from); line <= Math.min(to, lines.size()); line++) {
            if (whole.matcher(withoutComment(line(line))).find()) {
                return line;
            }
        }
        return 0;
    }

    /** The first line from {@code from} to {@code to} whose text, spaces aside, contains {@code text}, or 0. */
    int findText(String text, int from, int to) {
        String wanted = text.replaceAll("\\s+", "");
        for (int line = Math.max(1, from); line <= Math.min(to, lines.size()); line++) {
            if (!wanted.isEmpty() && line(line).replaceAll("\\s+", "").contains(wanted)) {
                return line;
            }
        }
        return 0;
    }

    /**
     * The first mistake in the file's structure that Drools' parser only notices later: a quote never closed, a
     * parenthesis in the conditions never closed or closed once too often, a rule without {@code then} or
     * without {@code end}. Actions (after {@code then}) are Java, checked by the Java compiler, so their
     * parentheses are not counted here.
     */
    Optional<Finding> structuralMistake() {
        enum Part { OUTSIDE, HEADER, WHEN, THEN }
        Part part = Part.OUTSIDE;
        boolean isRule = false;
        String rule = "";
        int ruleLine = 0;
        int whenLine = 0;
        List<Integer> open = new ArrayList<>();
        Token previous = null;
        for (Token t : tokens) {
            if (t.kind() == Kind.UNCLOSED_STRING) {
                return Optional.of(new Finding(t.line(), "this quote is never closed: add the closing "
                        + t.text().charAt(0) + " where the text ends"));
            }
            boolean first = previous == null || previous.line() < t.line();
            boolean counted = part == Part.HEADER || part == Part.WHEN;
            if (opensBlock(t) || closesBlock(t) || first && part != Part.OUTSIDE && part != Part.THEN
                    && (t.text().equals("when") || t.text().equals("then"))) {
                if (!open.isEmpty()) {
                    return Optional.of(unclosed(open));
                }
            }
            if (opensBlock(t)) {
                if (part != Part.OUTSIDE) {
                    return Optional.of(missingEnd(rule, previous));
                }
                part = Part.HEADER;
                isRule = t.text().equals("rule");
                rule = name(t);
                ruleLine = t.line();
                whenLine = 0;
            } else if (closesBlock(t) && part != Part.OUTSIDE) {
                if (part != Part.THEN && isRule) {
                    return Optional.of(missingThen(rule, whenLine > 0 ? whenLine : ruleLine, t.line()));
                }
                part = Part.OUTSIDE;
            } else if (first && part == Part.HEADER && t.text().equals("when")) {
                part = Part.WHEN;
                whenLine = t.line();
            } else if (first && (part == Part.HEADER || part == Part.WHEN) && t.text().equals("then")) {
                part = Part.THEN;
            } else if (counted && t.text().equals("(")) {
                open.add(t.line());
            } else if (counted && t.text().equals(")")) {
                if (open.isEmpty()) {
                    return Optional.of(new Finding(t.line(), "there is one ')' too many on this line"));
                }
                open.remove(open.size() - 1);
            }
            previous = t;
        }
        if (!open.isEmpty()) {
            return Optional.of(unclosed(open));
        }
        return part == Part.OUTSIDE ? Optional.empty() : Optional.of(missingEnd(rule, previous));
    }

    private static Finding unclosed(List<Integer> open) {
        return new Finding(open.get(open.size() - 1), "a parenthesis opened on this line is never closed: add ')'");
    }

    private Finding missingEnd(String rule, Token last) {
        Token lastFirst = tokensOn(last.line()).get(0);
        if (lastFirst.kind() == Kind.WORD && similar(lastFirst.text(), List.of("end")).contains("end")) {
            return new Finding(last.line(), "'" + lastFirst.text() + "' should probably be 'end'");
        }
        return new Finding(last.line(), "rule " + rule + " has no 'end': add 'end' on the line after this one");
    }

    private Finding missingThen(String rule, int whenLine, int endLine) {
        for (int line = whenLine + 1; line < endLine; line++) {
            List<Token> on = tokensOn(line);
            if (!on.isEmpty() && on.get(0).kind() == Kind.WORD
                    && similar(on.get(0).text(), List.of("then")).contains("then")) {
                return new Finding(line, "'" + on.get(0).text() + "' should probably be 'then'");
            }
        }
        for (int line = whenLine + 1; line < endLine; line++) {
            List<Token> on = tokensOn(line);
            if (!on.isEmpty() && on.get(on.size() - 1).text().equals(";")) {
                return new Finding(line, "'then' seems to be missing before this line: conditions go between 'when'"
                        + " and 'then', actions like this one after 'then'");
            }
        }
        return new Finding(endLine, "rule " + rule + " has no 'then': add 'then' between its conditions and its"
                + " actions");
    }

    /**
     * The candidates closest to a misspelt word (ignoring case), if close enough to be what was meant: one
     * letter off for short words, two for longer ones, a swap of two neighbours counting as one.
     */
    static List<String> similar(String word, Collection<String> candidates) {
        int allowed = word.length() <= 5 ? 1 : 2;
        int best = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            if (candidate.equals(word)) {
                continue;
            }
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < best) {
                best = distance;
                closest.clear();
            }
            if (distance <= allowed && distance == best) {
                closest.add(candidate);
            }
        }
        return closest.size() > 3 ? List.of() : closest;
    }

    /** Edit distance where a swap of two neighbouring letters counts as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private String name(Token ruleKeyword) {
        return after(ruleKeyword).map(Token::text).orElse("");
    }

    /** {@code rule "Name"} (or query, declare) at the start of a line. */
    private boolean opensBlock(Token t) {
        if (!Set.of("rule", "query", "declare").contains(t.text()) || !firstOnItsLine(t)) {
            return false;
        }
        return after(t).filter(name -> name.line() == t.line())
                .filter(name -> name.kind() == Kind.STRING || name.kind() == Kind.WORD).isPresent();
    }

    /** {@code end} alone on its line. */
    private boolean closesBlock(Token t) {
        return t.text().equals("end") && firstOnItsLine(t) && tokensOn(t.line()).size() == 1;
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private void tokenize() {
        boolean blockComment = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (blockComment) {
                    int close = line.indexOf("*/", i);
                    blockComment = close < 0;
                    i = close < 0 ? line.length() : close + 2;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (line.startsWith("//", i)) {
                    i = line.length();
                } else if (line.startsWith("/*", i)) {
                    blockComment = true;
                    i += 2;
                } else if (c == '"' || c == '\'') {
                    int close = closingQuote(line, i);
                    boolean closed = close >= 0;
                    int stop = closed ? close + 1 : line.length();
                    add(line.substring(i, stop), closed ? Kind.STRING : Kind.UNCLOSED_STRING, n + 1, i);
                    i = stop;
                } else {
                    Matcher word = WORD.matcher(line).region(i, line.length());
                    Matcher number = NUMBER.matcher(line).region(i, line.length());
                    if (word.lookingAt()) {
                        add(word.group(), Kind.WORD, n + 1, i);
                        i = word.end();
                    } else if (number.lookingAt()) {
                        add(number.group(), Kind.NUMBER, n + 1, i);
                        i = number.end();
                    } else {
                        add(String.valueOf(c), Kind.SYMBOL, n + 1, i);
                        i++;
                    }
                }
            }
        }
    }

    private void add(String text, Kind kind, int line, int column) {
        tokens.add(new Token(text, kind, line, column, tokens.size()));
    }

    private static int closingQuote(String line, int open) {
        char quote = line.charAt(open);
        for (int i = open + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }
}
