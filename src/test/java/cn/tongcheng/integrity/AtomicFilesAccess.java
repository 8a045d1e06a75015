package cn.tongcheng.integrity;

/** The test hook of {@code AtomicFiles} that fails a write as on a full disk. */
final class AtomicFilesAccess {
    static final String DISK_FULL_PROPERTY = "tongcheng.test.disk-full-at";

    private AtomicFilesAccess() {
    }
}
