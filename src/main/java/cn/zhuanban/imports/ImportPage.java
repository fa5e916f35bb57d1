package cn.zhuanban.imports;

/**
 * Where a kind's import lives on the web: its path ({@code /enterprises/import}, the job of id n at
 * {@code path/jobs/n}), the page's template, and the message key that tells how many rows were imported.
 */
public record ImportPage(String kind, String path, String view, String okKey) {

    public String jobPath(long id) {
        return path + "/jobs/" + id;
    }
}
