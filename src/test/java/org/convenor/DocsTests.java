package org.convenor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README is the front door and {@code docs/} the rooms behind it, one reader each: every relative link in them
 * leads to a file (and, with an {@code #anchor} into Markdown, to a heading of it), the README stays short, and the
 * package map in {@code docs/architecture.md} names exactly the packages there are. The live rule folders are never
 * read: a document that links into them is refused instead, since staff rename what is there.
 */
class DocsTests {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path README = ROOT.resolve("README.md");
    static final Path DOCS = ROOT.resolve("docs");
    static final Path ARCHITECTURE = DOCS.resolve("architecture.md");
    static final Path MAIN = ROOT.resolve("src/main/java");
    static final String ROOT_PACKAGE = "org.convenor";
    static final Set<String> LIVE_FOLDERS = Set.of("rules", "scenarios");

    /** {@code [text](target)} or {@code ![alt](target)}, with an optional title; the text may wrap and hold brackets. */
    static final Pattern INLINE_LINK = Pattern.compile(
            "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^\\s)>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition, {@code [name]: target}. */
    static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?.*$");
    static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    static final Pattern CODE_SPAN = Pattern.compile("`[^`\n]*`");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** A row of the package map: the package, in full and as code, in the first column. */
    static final Pattern PACKAGE_ROW = Pattern.compile("^\\|\\s*`(org\\.convenor(?:\\.[a-z][a-z0-9]*)*)`\\s*\\|");
    /** A dotted name under org.convenor anywhere in the text: a package, perhaps followed by a class. */
    static final Pattern DOTTED_NAME = Pattern.compile("\\borg\\.convenor(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    @Test
    void everyRelativeLinkLeadsToAFileAndItsHeading() {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            for (String target : links(read(document))) {
                String problem = problemWith(document, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(document) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).as("links in README.md and docs/ that lead nowhere").isEmpty();
    }

    @Test
    void theReadmeStaysAFrontDoor() throws IOException {
        assertThat(Files.readAllLines(README).size()).as("README.md lines (the rest belongs in docs/)").isLessThan(200);
    }

    @Test
    void thePackageMapNamesEveryPackageAndNoOther() {
        List<String> rows = packageMap();
        Set<String> mapped = new TreeSet<>(rows);
        Set<String> packages = mainPackages();
        assertThat(rows).as("packages listed twice in the map of docs/architecture.md").doesNotHaveDuplicates();
        assertThat(difference(packages, mapped)).as("packages missing from the map of docs/architecture.md").isEmpty();
        assertThat(difference(mapped, packages)).as("packages in the map of docs/architecture.md that do not exist")
                .isEmpty();
    }

    @Test
    void theBoundariesTableNamesEveryRuleOfModularityTests() {
        Set<String> rules = Arrays.stream(ModularityTests.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        String architecture = read(ARCHITECTURE);
        int start = architecture.indexOf("\n## Boundaries");
        int end = architecture.indexOf("\n## ", start + 1);
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|")
                .matcher(architecture.substring(start, end < 0 ? architecture.length() : end));
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(difference(rules, listed)).as("ModularityTests rules missing from the boundaries of "
                + "docs/architecture.md").isEmpty();
        assertThat(difference(listed, rules)).as("boundaries in docs/architecture.md that ModularityTests does"
                + " not hold").isEmpty();
    }

    @Test
    void everyPackageAndClassTheArchitectureNamesExists() {
        Set<String> packages = mainPackages();
        List<String> unknown = new ArrayList<>();
        Matcher names = DOTTED_NAME.matcher(read(ARCHITECTURE));
        while (names.find()) {
            String name = names.group();
            if (!exists(name, packages)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("names in docs/architecture.md with no package or class of that name").isEmpty();
    }

    @Test
    void slugsAreGitHubs() {
        assertThat(slug("Users and roles")).isEqualTo("users-and-roles");
        assertThat(slug("On the server's disk")).isEqualTo("on-the-servers-disk");
        assertThat(slug("Rules decide; Java carries")).isEqualTo("rules-decide-java-carries");
        assertThat(slug("Durability: commits written before the answer (issue 19), 2026-12-07"))
                .isEqualTo("durability-commits-written-before-the-answer-issue-19-2026-12-07");
        assertThat(slug("What a 2xx promises")).isEqualTo("what-a-2xx-promises");
        assertThat(slug("The `check` command, [briefly](x.md)")).isEqualTo("the-check-command-briefly");
        assertThat(anchors("# Notes\n## Notes\n```\n# not a heading\n```\n## Notes\n"))
                .containsExactly("notes", "notes-1", "notes-2");
    }

    @Test
    void theLinkFinderSeesLinksImagesAndReferencesButNotCode() {
        String text = """
                See [the API](docs/api.md#csv), ![This week](docs/screenshots/this-week.png) and [`benchmarks`](
                benchmarks.md "figures"); [a link
                that wraps](console.md). Not `[code](nowhere.md)`, not <http://localhost:8080/>.
                [ref]: operations.md#backups
                ```
                [fenced](nowhere.md)
                ```
                """;
        assertThat(links(text)).containsExactly("docs/api.md#csv", "docs/screenshots/this-week.png", "benchmarks.md",
                "console.md", "operations.md#backups");
    }

    /** Why a link does not lead where it says, or {@code null} when it does. */
    static String problemWith(Path document, String target) {
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = decode(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
        Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "leads outside the repository";
        }
        if (!file.equals(ROOT) && LIVE_FOLDERS.contains(ROOT.relativize(file).getName(0).toString())) {
            return "leads into the live rules, which staff rename and the tests never read: write the path as code";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (anchor != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
                && !anchors(read(file)).contains(anchor)) {
            return "no heading with the anchor #" + anchor;
        }
        return null;
    }

    /** The link targets of a Markdown text, leaving out code blocks and code spans. */
    static List<String> links(String markdown) {
        String prose = CODE_SPAN.matcher(withoutFencedCode(markdown)).replaceAll("code");
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE)) {
            Matcher link = pattern.matcher(prose);
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a Markdown text's headings, in order; a repeated heading gets -1, -2, … */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutFencedCode(markdown).split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: its text lower-cased, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
    }

    /** The text with every fenced code block's lines blanked, so line numbers stay as they were. */
    static String withoutFencedCode(String markdown) {
        StringBuilder prose = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            boolean fence = FENCE.matcher(line).find();
            prose.append(fenced || fence ? "" : line).append('\n');
            if (fence) {
                fenced = !fenced;
            }
        }
        return prose.toString();
    }

    static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(README));
        try (Stream<Path> files = Files.walk(DOCS)) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** The packages of the package map, in the order of its rows. */
    static List<String> packageMap() {
        List<String> packages = new ArrayList<>();
        boolean inMap = false;
        for (String line : withoutFencedCode(read(ARCHITECTURE)).split("\n")) {
            if (line.startsWith("## ")) {
                inMap = line.equals("## Packages");
            } else if (inMap) {
                Matcher row = PACKAGE_ROW.matcher(line);
                if (row.find()) {
                    packages.add(row.group(1));
                }
            }
        }
        assertThat(packages).as("the package map: a table under '## Packages' in docs/architecture.md").isNotEmpty();
        return packages;
    }

    /** Every package under org.convenor in src/main/java that holds a Java file. */
    static Set<String> mainPackages() {
        Path root = MAIN.resolve(ROOT_PACKAGE.replace('.', '/'));
        try (Stream<Path> folders = Files.walk(root)) {
            return folders.filter(Files::isDirectory).filter(DocsTests::holdsJava)
                    .map(folder -> MAIN.relativize(folder).toString().replace(folder.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dotted name is a known package, or a known package followed by one of its classes (and perhaps a member). */
    static boolean exists(String name, Set<String> packages) {
        String[] parts = name.split("\\.");
        StringBuilder pkg = new StringBuilder();
        int i = 0;
        while (i < parts.length && Character.isLowerCase(parts[i].charAt(0))) {
            pkg.append(i == 0 ? "" : ".").append(parts[i++]);
        }
        if (!packages.contains(pkg.toString())) {
            return false;
        }
        return i == parts.length
                || Files.isRegularFile(MAIN.resolve(pkg.toString().replace('.', '/')).resolve(parts[i] + ".java"));
    }

    private static boolean holdsJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> difference(Set<String> from, Set<String> taken) {
        Set<String> rest = new LinkedHashSet<>(from);
        rest.removeAll(taken);
        return rest;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
