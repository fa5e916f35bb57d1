package cn.zhuanban.schedule.domain;

import cn.zhuanban.shared.files.StoredFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Every progress report of a plan's rows, newest first, with its site photos: the plan row keeps only the latest. */
@Repository
public class ProgressLog {

    /** One report as it was made. */
    public record Entry(
            long id,
            String taskKey,
            LocalDate dataDate,
            int percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            String note,
            long reportedBy,
            Instant reportedAt) {}

    /** A site photo of a report, with the day and place it was taken. */
    public record Photo(
            long id,
            long progressId,
            String storageKey,
            String originalName,
            String contentType,
            long size,
            LocalDate takenOn,
            String place) {}

    /** A site photo with the report it came with: for the project's photo lists beside the reports' own photos. */
    public record ReportedPhoto(
            long id, String taskKey, LocalDate takenOn, String place, long reportedBy, Instant reportedAt) {}

    private final JdbcClient jdbc;

    ProgressLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(long projectId, Entry entry) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into plan_progress (project_id, task_key, data_date, percent_complete, actual_start,
                                                   actual_finish, note, reported_by, reported_at)
                        values (:project, :key, :dataDate, :percent, :start, :finish, :note, :by, :at)""")
                .param("project", projectId)
                .param("key", entry.taskKey())
                .param("dataDate", entry.dataDate())
                .param("percent", entry.percentComplete())
                .param("start", entry.actualStart())
                .param("finish", entry.actualFinish())
                .param("note", entry.note())
                .param("by", entry.reportedBy())
                .param("at", Timestamp.from(entry.reportedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void attach(long progressId, List<StoredFile> files, LocalDate takenOn, String place) {
        for (StoredFile f : files) {
            jdbc.sql("""
                            insert into plan_progress_photo (progress_id, storage_key, original_name, content_type,
                                                             size_bytes, taken_on, place)
                            values (:progress, :key, :name, :type, :size, :takenOn, :place)""")
                    .param("progress", progressId)
                    .param("key", f.storageKey())
                    .param("name", f.originalName())
                    .param("type", f.contentType())
                    .param("size", f.size())
                    .param("takenOn", takenOn)
                    .param("place", place)
                    .update();
        }
    }

    /** The newest reports of a project, of one row or of all rows when {@code taskKey} is null. */
    public List<Entry> of(long projectId, String taskKey, int limit) {
        return jdbc.sql("""
                        select id, task_key, data_date, percent_complete, actual_start, actual_finish, note,
                               reported_by, reported_at
                        from plan_progress
                        where project_id = :project and (cast(:key as varchar(40)) is null or task_key = :key)
                        order by id desc
                        limit :limit""")
                .param("project", projectId)
                .param("key", taskKey)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    public List<Photo> photos(Collection<Long> progressIds) {
        if (progressIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, progress_id, storage_key, original_name, content_type, size_bytes, taken_on, place
                        from plan_progress_photo where progress_id in (:ids) order by id""").param("ids", progressIds).query(ProgressLog::photo).list();
    }

    /**
     * The newest site photos of a project's plan, by the day taken (a photo stored without one: its report's data
     * date), then the latest uploaded.
     */
    public List<ReportedPhoto> newestPhotos(long projectId, int limit) {
        return jdbc.sql("""
                        select f.id, p.task_key, coalesce(f.taken_on, p.data_date) as taken, f.place, p.reported_by,
                               p.reported_at
                        from plan_progress_photo f join plan_progress p on p.id = f.progress_id
                        where p.project_id = :project
                        order by taken desc, p.reported_at desc, f.id desc
                        limit :limit""")
                .param("project", projectId)
                .param("limit", limit)
                .query((rs, n) -> new ReportedPhoto(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public long photoCount(long projectId) {
        return jdbc.sql("""
                        select count(*) from plan_progress_photo f join plan_progress p on p.id = f.progress_id
                        where p.project_id = :project""").param("project", projectId).query(Long.class).single();
    }

    /** A photo of a report on this project's plan, or empty: the project's scope was checked by the caller. */
    public Optional<Photo> photo(long projectId, long photoId) {
        return jdbc.sql("""
                        select f.id, f.progress_id, f.storage_key, f.original_name, f.content_type, f.size_bytes,
                               f.taken_on, f.place
                        from plan_progress_photo f join plan_progress p on p.id = f.progress_id
                        where f.id = :id and p.project_id = :project""")
                .param("id", photoId)
                .param("project", projectId)
                .query(ProgressLog::photo)
                .optional();
    }

    private static Photo photo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Photo(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getObject(7, LocalDate.class),
                rs.getString(8));
    }
}
