package org.convenor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;
import org.springframework.stereotype.Component;

/** Compiles one folder of DRL files into a {@link RuleSet}. Stateless and safe to call from any thread. */
@Component
public class RuleSetCompiler {

    private static final Pattern ERROR_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+\\s*");

    public RuleSet compile(String name, Path folder) {
        Map<String, byte[]> files = read(folder);
        String version = version(files);
        if (files.isEmpty()) {
            throw new RuleSetCompilationException(name,
                    List.of(new CompileError(name, 0, "no .drl files in " + folder)));
        }
        KieBase kieBase = build(name, files);
        return new RuleSet(name, version, rulesOf(name, kieBase), kieBase);
    }

    /** The version {@link #compile} would give these files, without compiling them. */
    public String versionOf(Path folder) {
        return version(read(folder));
    }

    /**
     * Builds the base straight from the DRL with a knowledge builder: no Maven module, pom or kmodule.xml to
     * write and parse for every compile, and nothing kept in Drools' global module repository.
     */
    private static KieBase build(String name, Map<String, byte[]> files) {
        ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // Facts are never modified in place (rules insert new ones), so property reactivity buys nothing; turning
        // it off keeps Drools from warning about constraints that name another pattern's variable.
        configuration.setProperty(PropertySpecificOption.PROPERTY_NAME, PropertySpecificOption.ALLOWED.name());
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        files.forEach((file, content) -> {
            Resource resource = ResourceFactory.newByteArrayResource(content);
            resource.setSourcePath(name + "/" + file);
            batch.add(resource, ResourceType.DRL);
        });
        batch.build();
        List<CompileError> errors = located(builder.getResults(ResultSeverity.ERROR).stream()
                .map(result -> new CompileError(fileOf(name, result), lineOf(result), text(result)))
                .toList());
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(name, errors);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    /** Drops the follow-on errors without a line ("Parser returned a null Package") where a located one says why. */
    private static List<CompileError> located(List<CompileError> errors) {
        List<String> filesWithLines = errors.stream().filter(e -> e.line() > 0).map(CompileError::file).toList();
        return errors.stream().filter(e -> e.line() > 0 || !filesWithLines.contains(e.file())).toList();
    }

    /** The parser's own prefix ("[ERR 102] Line 6:0 ") repeats the line the error already carries. */
    private static String text(KnowledgeBuilderResult result) {
        return ERROR_PREFIX.matcher(String.valueOf(result.getMessage()).strip()).replaceFirst("");
    }

    private static int lineOf(KnowledgeBuilderResult result) {
        int[] lines = result.getLines();
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static String fileOf(String ruleSet, KnowledgeBuilderResult result) {
        Resource resource = result.getResource();
        return resource == null || resource.getSourcePath() == null ? ruleSet : resource.getSourcePath();
    }

    private static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule set folder " + folder, e);
        }
        return files;
    }

    /** Content hash of the file names and bytes, so a rename is a new version too. */
    static String version(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((file, content) -> {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static List<RuleInfo> rulesOf(String ruleSet, KieBase kieBase) {
        List<RuleInfo> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> rules.add(infoOf(rule))));
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return rules;
    }

    private static RuleInfo infoOf(Rule rule) {
        String file = rule instanceof RuleImpl impl && impl.getResource() != null
                ? impl.getResource().getSourcePath() : "";
        return new RuleInfo(rule.getName(), RuleInfo.descriptionOf(rule), file);
    }
}
