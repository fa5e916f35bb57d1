package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.investmentreport.ReportPhoto;
import cn.zhuanban.shared.files.StoredFile;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of site progress photos beside the files that shared.files stored. */
@Component
public class PhotoStore {

    private static final String COLUMNS = "select f.id, f.report_id, r.project_id, r.report_year, r.report_month,"
            + " f.original_name, f.content_type, f.size_bytes, f.taken_on, f.place, f.storage_key";
    private static final String FROM =
            " from investment_report_photo f join investment_report r on r.id = f.report_id ";
    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;

    PhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long reportId, StoredFile file, LocalDate takenOn, String place, long by, Instant now) {
        jdbc.sql("""
                        insert into investment_report_photo (report_id, storage_key, original_name, content_type,
                                                             size_bytes, taken_on, place, uploaded_by, uploaded_at)
                        values (:report, :key, :name, :type, :size, :taken, :place, :by, :at)""")
                .param("report", reportId)
                .param("key", file.storageKey())
                .param("name", file.originalName())
                .param("type", file.contentType())
                .param("size", file.size())
                .param("taken", Date.valueOf(takenOn))
                .param("place", place)
                .param("by", by)
                .param("at", Timestamp.from(now))
                .update();
    }

    /** A project's photos, newest month and date first (at most {@code limit}). */
    public List<ReportPhoto> ofProject(long projectId, int limit) {
        return jdbc.sql(SELECT + "where r.project_id = :p order by r.report_year desc, r.report_month desc,"
                        + " f.taken_on desc, f.id desc limit :l")
                .param("p", projectId)
                .param("l", limit)
                .query(PhotoStore::photo)
                .list();
    }

    /** A project's newest photos by the day taken, then the latest uploaded, with who uploaded them and when. */
    public List<Uploaded> newest(long projectId, int limit) {
        return jdbc.sql(COLUMNS + ", f.uploaded_by, f.uploaded_at" + FROM
                        + "where r.project_id = :p order by f.taken_on desc, f.uploaded_at desc, f.id desc limit :l")
                .param("p", projectId)
                .param("l", limit)
                .query((rs, n) -> new Uploaded(
                        photo(rs, n),
                        rs.getLong("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    public long count(long projectId) {
        return jdbc.sql("select count(*)" + FROM + "where r.project_id = :p")
                .param("p", projectId)
                .query(Long.class)
                .single();
    }

    public record Uploaded(ReportPhoto photo, long uploadedBy, Instant uploadedAt) {}

    /** The photo and its storage key. */
    public Optional<Stored> find(long photoId) {
        return jdbc.sql(SELECT + "where f.id = :id")
                .param("id", photoId)
                .query((rs, n) -> new Stored(photo(rs, n), rs.getString("storage_key")))
                .optional();
    }

    public record Stored(ReportPhoto photo, String storageKey) {}

    private static ReportPhoto photo(ResultSet rs, int n) throws SQLException {
        return new ReportPhoto(
                rs.getLong("id"),
                rs.getLong("report_id"),
                rs.getLong("project_id"),
                rs.getInt("report_year"),
                rs.getInt("report_month"),
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getObject("taken_on", LocalDate.class),
                rs.getString("place"));
    }
}
