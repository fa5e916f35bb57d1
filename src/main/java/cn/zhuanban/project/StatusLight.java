package cn.zhuanban.project;

/**
 * A project's automatic status (红黄绿灯). Stored on the project; the modules that know the
 * schedule and the tickets set it through {@link ProjectLighting#setLight}.
 */
public enum StatusLight {
    GREEN,
    YELLOW,
    RED
}
