package cn.tongcheng.engine;

/** Told how many place-years are done out of how many, from any thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void update(int done, int total);
}
