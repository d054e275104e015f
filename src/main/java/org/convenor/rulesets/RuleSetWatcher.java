package org.convenor.rulesets;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Stream;

import org.convenor.engine.RulesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the rules and scenarios folders. A save in {@code rules/fees/} or {@code scenarios/fees/} queues
 * the {@code fees} rule set; once the folders have been quiet for the debounce time, each queued rule set
 * is settled against its head and loaded through the gate once, however many files a save touched ({@link
 * ActiveHead}: an edit not made on the head is refused).
 */
@Component
@ConditionalOnBooleanProperty(name = "convenor.rules.watch", matchIfMissing = true)
class RuleSetWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleSetWatcher.class);

    private final ActiveHead head;
    private final List<Path> roots;
    private final Duration debounce;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private WatchService watchService;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> flush;
    private volatile boolean running;

    RuleSetWatcher(ActiveHead head, RulesProperties properties) {
        this.head = head;
        this.roots = List.of(properties.directory().toAbsolutePath(), properties.scenarios().toAbsolutePath());
        this.debounce = properties.reloadDebounce();
    }

    @Override
    public void start() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    register(root);
                    try (Stream<Path> folders = Files.list(root)) {
                        for (Path folder : folders.filter(Files::isDirectory).toList()) {
                            register(folder);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + roots, e);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rule-set-reload");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        Thread watcher = new Thread(this::watch, "rule-set-watcher");
        watcher.setDaemon(true);
        watcher.start();
        log.info("Watching {} for rule changes (debounce {} ms)", roots, debounce.toMillis());
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
        try {
            watchService.close();
            // A reload under way finishes its history commit before the service stops, rather than writing after it.
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("A rule set reload was still running when the service stopped");
            }
        } catch (IOException e) {
            log.debug("Closing the watch service", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void register(Path folder) throws IOException {
        watched.put(folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }

    private void watch() {
        while (running) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder = watched.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (folder != null && event.context() instanceof Path name) {
                    changed(folder, folder.resolve(name));
                }
            }
            if (!key.reset()) {
                watched.remove(key);
            }
        }
    }

    private void changed(Path folder, Path path) {
        if (roots.contains(folder)) {
            if (Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    log.warn("Cannot watch new folder {}: {}", path, e.getMessage());
                }
            }
            queue(path.getFileName().toString());
        } else if (path.getFileName().toString().matches(".*\\.(drl|ya?ml)$")) {
            queue(folder.getFileName().toString());
        }
    }

    private synchronized void queue(String ruleSet) {
        pending.add(ruleSet);
        if (flush != null) {
            flush.cancel(false);
        }
        flush = scheduler.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void flush() {
        List<String> ruleSets;
        synchronized (this) {
            ruleSets = List.copyOf(pending);
            pending.clear();
        }
        for (String ruleSet : ruleSets) {
            try {
                head.settle(ruleSet);
            } catch (RuntimeException e) {
                log.error("Reloading rule set {} failed unexpectedly; the active version keeps answering", ruleSet, e);
            }
        }
    }
}
