package cn.tongcheng.integrity;

import java.nio.file.Path;

/** For IntegrityTest: another process that holds the lock of a reports folder until it is killed. */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (OutLock lock = OutLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
