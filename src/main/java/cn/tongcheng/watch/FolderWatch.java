package cn.tongcheng.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders for changed rule and fact files. A save in Excel or WPS writes
 * several events (temporary file, rename, lock file): they are gathered until the folders have been quiet
 * for a moment, and lock and backup files are ignored.
 */
public final class FolderWatch implements AutoCloseable {
    private static final long QUIET_MS = 300;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public FolderWatch(List<Path> roots) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        }
    }

    /** Blocks until a rule or fact file changes, then returns the files changed by the time all is quiet. */
    public Set<Path> awaitChange() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        collect(service.take(), changed);
        while (true) {
            WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
            if (more == null) {
                if (!changed.isEmpty()) return changed;
                collect(service.take(), changed);
            } else {
                collect(more, changed);
            }
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (dir == null || !(e.context() instanceof Path name)) continue;
            Path p = dir.resolve(name);
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                } catch (IOException ex) {
                    // a folder gone again before it could be watched: nothing to watch
                }
            } else if (matters(name.toString())) {
                changed.add(p);
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    static boolean matters(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.startsWith("~$") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".tmp")) return false;
        return n.endsWith(".drl") || n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv")
                || n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
