package org.convenor.engine.compile;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.convenor.engine.RuleInfo;
import org.convenor.engine.RuleSet;
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
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;
import org.springframework.stereotype.Component;

/**
 * Compiles one folder of DRL files into a {@link RuleSet}, refusing what the rule vocabulary does not allow (see
 * {@link VocabularyCheck}). Safe to call from any thread. The last few rule sets it compiled are kept by their
 * name and version (a hash of every file), so the same files compile once: a draft checked, then previewed, then
 * published and reloaded is compiled for the check alone.
 */
@Component
public class RuleSetCompiler {

    private static final int KEPT = 4;

    private final RuleVocabulary allowed;
    private final VocabularyCheck vocabulary;
    private final Map<String, RuleSet> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    };

    public RuleSetCompiler() {
        this(RuleVocabulary.standard());
    }

    /** With another vocabulary than the service's: one widened by facts that exist only beside a test. */
    public RuleSetCompiler(RuleVocabulary vocabulary) {
        this.allowed = vocabulary;
        this.vocabulary = new VocabularyCheck(vocabulary);
    }

    /** What the rule sets it compiles may call. */
    public RuleVocabulary vocabulary() {
        return allowed;
    }

    public RuleSet compile(String name, Path folder) {
        Map<String, byte[]> files = read(folder);
        String version = version(files);
        if (files.isEmpty()) {
            throw new RuleSetCompilationException(name,
                    List.of(new CompileError(name, 0, "no .drl files in " + folder)));
        }
        String key = name + "@" + version;
        synchronized (recent) {
            RuleSet compiled = recent.get(key);
            if (compiled != null) {
                return compiled;
            }
        }
        KieBase kieBase = build(name, files);
        RuleSet compiled = new RuleSet(name, version, rulesOf(name, kieBase), kieBase);
        synchronized (recent) {
            recent.put(key, compiled);
        }
        return compiled;
    }

    /** The version {@link #compile} would give these files, without compiling them. */
    public String versionOf(Path folder) {
        return version(read(folder));
    }

    /**
     * Builds the base straight from the DRL with a knowledge builder: no Maven module, pom or kmodule.xml to
     * write and parse for every compile, and nothing kept in Drools' global module repository.
     */
    private KieBase build(String name, Map<String, byte[]> files) {
        ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // Facts are never modified in place (rules insert new ones), so property reactivity buys nothing; turning
        // it off keeps Drools from warning about constraints that name another pattern's variable.
        configuration.setProperty(PropertySpecificOption.PROPERTY_NAME, PropertySpecificOption.ALLOWED.name());
        Map<String, byte[]> sources = new TreeMap<>();
        files.forEach((file, content) -> sources.put(name + "/" + file, content));
        // Before the build: building would evaluate some of the text (annotations, declared types, query arguments).
        refuse(name, vocabulary.beforeBuild(sources));
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        sources.forEach((path, content) -> {
            Resource resource = ResourceFactory.newByteArrayResource(content);
            resource.setSourcePath(path);
            batch.add(resource, ResourceType.DRL);
        });
        batch.build();
        if (builder.hasErrors()) {
            throw new RuleSetCompilationException(name, new CompileErrors(name, files, classLoader).read(builder));
        }
        // Before the base is built, and so before any of the rule set's code is loaded or run.
        refuse(name, vocabulary.afterBuild(builder));
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static void refuse(String name, List<Refusal> refused) {
        if (!refused.isEmpty()) {
            throw new RuleSetCompilationException(name, refused.stream()
                    .map(refusal -> new CompileError(refusal.file(), refusal.line(), refusal.message())).toList());
        }
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

    /** Content hash of the DRL file names and bytes (name to content), so a rename is a new version too. */
    public static String version(Map<String, byte[]> files) {
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
