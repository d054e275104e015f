package org.convenor.network.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.convenor.network.store.NetworkWrites;
import org.convenor.validation.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The console's imports that run in the background, and how each is getting on. Kept in this instance's memory
 * only: the simplest place while one instance serves the console. Another instance does not see them, and a
 * restart forgets them; an import cut short by a restart changed nothing (it is one transaction). One import runs
 * at a time, in order: writes take turns on the store anyway.
 */
@Component
class ImportRuns {

    /** How many finished runs are kept to be looked at again. */
    private static final int KEPT = 20;

    public enum State { WAITING, READING, STORING, DONE, REFUSED, FAILED }

    /** One import: what it is, whose, and how far it has got. Read by the page while the import writes it. */
    static final class Run implements NetworkWrites.Progress {

        private final String id = UUID.randomUUID().toString();
        private final String what;
        private final String file;
        private final String user;
        private final Clock clock;
        private final long startedAt;
        private volatile State state = State.WAITING;
        private volatile int read;
        private volatile int toStore = -1;
        private volatile int stored;
        private volatile long storingSince;
        private volatile long finishedAt;
        private volatile @Nullable String notice;
        private volatile List<FieldProblem> problems = List.of();

        Run(String what, String file, String user, Clock clock) {
            this.what = what;
            this.file = file;
            this.user = user;
            this.clock = clock;
            this.startedAt = clock.millis();
        }

        void read(int rows) {
            state = State.READING;
            read = rows;
        }

        @Override
        public void storing(int records) {
            state = State.STORING;
            toStore = records;
            storingSince = clock.millis();
        }

        @Override
        public void stored(int records) {
            stored = records;
        }

        void done(String notice) {
            this.notice = notice;
            finish(State.DONE);
        }

        void refused(List<FieldProblem> problems) {
            this.problems = List.copyOf(problems);
            finish(State.REFUSED);
        }

        void failed() {
            finish(State.FAILED);
        }

        private void finish(State state) {
            finishedAt = clock.millis();
            this.state = state;
        }

        public String id() {
            return id;
        }

        public String file() {
            return file;
        }

        public State state() {
            return state;
        }

        public int read() {
            return read;
        }

        /** How many records the checks let through to be written; -1 before the checks are done. */
        public int toStore() {
            return toStore;
        }

        public int stored() {
            return stored;
        }

        public @Nullable String notice() {
            return notice;
        }

        public List<FieldProblem> problems() {
            return problems;
        }

        public boolean finished() {
            return finishedAt > 0;
        }

        public long seconds() {
            return ((finished() ? finishedAt : clock.millis()) - startedAt) / 1000;
        }

        /**
         * Seconds left, from the pace of writing so far; empty until some are written (reading a file and checking
         * it take a share that the rows do not tell in advance).
         */
        public Optional<Long> secondsLeft() {
            int done = stored;
            int total = toStore;
            if (state != State.STORING || done <= 0 || total <= 0) {
                return Optional.empty();
            }
            long spent = clock.millis() - storingSince;
            return Optional.of(Math.max(0, spent * (total - done) / done / 1000));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ImportRuns.class);

    private final Clock clock;
    private final Deque<Run> runs = new ArrayDeque<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "console-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportRuns(Clock clock) {
        this.clock = clock;
    }

    /** A run for this file, queued behind any other; {@code work} fills it in. */
    synchronized Run start(String what, String file, String user, Consumer<Run> work) {
        Run run = new Run(what, file, user, clock);
        runs.addFirst(run);
        while (runs.size() > KEPT && runs.peekLast().finished()) {
            runs.removeLast();
        }
        worker.execute(() -> {
            try {
                work.accept(run);
            } catch (RuntimeException e) {
                run.failed();
                LOG.error("A console import failed; nothing of it was stored", e);
            }
        });
        return run;
    }

    /** This user's run; another's is none of theirs. */
    synchronized Optional<Run> find(String id, String user) {
        return runs.stream().filter(run -> run.id.equals(id) && run.user.equals(user)).findFirst();
    }

    /** This user's runs, newest first. */
    synchronized List<Run> of(String user) {
        return runs.stream().filter(run -> run.user.equals(user)).toList();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
