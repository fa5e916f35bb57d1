package cn.zhuanban.calendar.domain;

import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.NonWorkingPeriod;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The calendar's rows: statutory days, overrides, periods and the revision counter. */
@Component
public class CalendarStore {

    public static final String STATUTORY = "STATUTORY";
    public static final String OVERRIDE = "OVERRIDE";

    /**
     * From this day of December on, the days may belong to the next year's file: a New Year holiday that begins in
     * the old year (the shipped files of 2007, 2008, 2012, 2019 and 2023 hold 29–31 December). No year's own
     * arrangement lists a day there.
     */
    public static final MonthDay NEW_YEAR_SPAN_FROM = MonthDay.of(12, 25);

    private static final String INSERT =
            "insert into calendar_day (cal_date, working, name, kind) values (:day, :working, :name, :kind)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final DataSource dataSource;
    /** Whether the database has shared row locks (see {@link #lockForCounting}); asked once, on first use. */
    private volatile Boolean sharedRowLocks;

    /** Nested in the caller's transaction (a savepoint), its own transaction without one. */
    private final TransactionTemplate savepoint;

    CalendarStore(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            DataSource dataSource,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.batch = batch;
        this.dataSource = dataSource;
    }

    public long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1")
                .query(Long.class)
                .single();
    }

    public void bump() {
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1")
                .update();
    }

    public List<DayException> days(String kind) {
        return jdbc.sql("select cal_date, working, name from calendar_day where kind = :kind order by cal_date")
                .param("kind", kind)
                .query((rs, n) -> new DayException(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    /** The days of one kind from {@code from} to {@code to}, in order. */
    public List<DayException> days(String kind, LocalDate from, LocalDate to) {
        return jdbc.sql("select cal_date, working, name from calendar_day"
                        + " where kind = :kind and cal_date between :from and :to order by cal_date")
                .param("kind", kind)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DayException(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    public List<NonWorkingPeriod> periods() {
        return jdbc.sql("select start_date, end_date, name from calendar_period order by start_date")
                .query((rs, n) -> new NonWorkingPeriod(
                        rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    public List<cn.zhuanban.calendar.PeriodView> periodViews() {
        return jdbc.sql("select id, start_date, end_date, name from calendar_period order by start_date")
                .query((rs, n) -> new cn.zhuanban.calendar.PeriodView(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
    }

    /**
     * The years whose published holiday arrangement is in: those a file was imported for ({@link #replaceYear}),
     * recorded as such. Not read off the statutory days: a day an administrator corrected holds only the correction,
     * so a year whose every listed day was corrected by hand before its file came would never count; and the next
     * year's file may carry the last days of December, which say nothing of this year's arrangement.
     */
    public Set<Integer> publishedYears() {
        return new HashSet<>(jdbc.sql("select cal_year from calendar_year")
                .query(Integer.class)
                .list());
    }

    /**
     * Takes the revision row's lock for the rest of the transaction: nodes starting together load the shipped years
     * one after the other, and the later one finds them in; deadlines counted under it commit before any change of the
     * calendar does, or are counted on it.
     */
    public void lock() {
        jdbc.sql("select revision from calendar_revision where id = 1 for update")
                .query(Long.class)
                .single();
    }

    /**
     * The same lock for counting deadlines on the calendar, shared where the database has shared row locks
     * (PostgreSQL): deadlines counted on several nodes at once (assignments, reassignments, reopenings) then do not
     * wait for each other, only for a change of the calendar, whose bump of the revision takes the row exclusively,
     * and it for them. H2 has no shared row lock; it runs as a single node.
     */
    public void lockForCounting() {
        jdbc.sql("select revision from calendar_revision where id = 1"
                        + (sharedRowLocks() ? " for share" : " for update"))
                .query(Long.class)
                .single();
    }

    private boolean sharedRowLocks() {
        Boolean shared = sharedRowLocks;
        if (shared == null) {
            try {
                String product =
                        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                shared = "PostgreSQL".equals(product);
            } catch (MetaDataAccessException e) {
                shared = false; // the exclusive lock is correct everywhere, only less concurrent
            }
            sharedRowLocks = shared;
        }
        return shared;
    }

    /**
     * Replaces a year's statutory days, in a few statements whatever the file's size (first start loads twenty
     * years). Days outside the year (a file's December make-up days) replace only statutory rows, like the year's
     * own; a day an administrator corrected keeps the correction. The year's own last December week is replaced only
     * where the file lists it: the days there came with the next year's file (its New Year holiday), and re-importing
     * this year deleted them. The year counts as imported from now on ({@link #publishedYears}), whatever was
     * corrected in it.
     */
    public void replaceYear(int year, List<DayException> days) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = NEW_YEAR_SPAN_FROM.atYear(year).minusDays(1);
        List<LocalDate> listed = days.stream()
                .map(DayException::date)
                .filter(d -> d.isBefore(from) || d.isAfter(to))
                .toList();
        jdbc.sql("delete from calendar_day where kind = :kind and (cal_date between :from and :to"
                        + (listed.isEmpty() ? ")" : " or cal_date in (:listed))"))
                .param("kind", STATUTORY)
                .param("from", from)
                .param("to", to)
                .param("listed", listed.isEmpty() ? List.of(from) : listed)
                .update();
        Set<LocalDate> corrected = new HashSet<>(jdbc.sql("select cal_date from calendar_day where kind = :kind")
                .param("kind", OVERRIDE)
                .query(LocalDate.class)
                .list());
        SqlParameterSource[] rows = days.stream()
                .filter(d -> !corrected.contains(d.date()))
                .map(d -> row(d, STATUTORY))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(INSERT, rows);
        recordYear(year);
    }

    /**
     * Records that the year's arrangement is in, once however often it is called. The check for the row cannot see
     * another transaction's uncommitted insert of the same year (two first uploads at once), whose commit then fails
     * this insert on the primary key: that insert runs under a savepoint, so that the duplicate leaves the rest of the
     * import's transaction usable (PostgreSQL aborts the whole transaction on an error otherwise), and is ignored, as
     * the year is recorded either way. Plain SQL and a savepoint work on every database the platform runs on.
     */
    public void recordYear(int year) {
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(
                            "insert into calendar_year (cal_year) select cast(:year as int) from calendar_revision"
                                    + " where id = 1 and not exists (select 1 from calendar_year where cal_year = :year)")
                    .param("year", year)
                    .update());
        } catch (DuplicateKeyException recordedMeanwhile) {
            // another upload of the same year committed it first: recorded is all that is asked
        }
    }

    public void override(DayException day) {
        jdbc.sql("delete from calendar_day where cal_date = :day")
                .param("day", day.date())
                .update();
        insert(day, OVERRIDE);
    }

    public void addPeriod(NonWorkingPeriod period) {
        jdbc.sql("insert into calendar_period (name, start_date, end_date) values (:name, :from, :to)")
                .param("name", period.name())
                .param("from", period.from())
                .param("to", period.to())
                .update();
    }

    public int removePeriod(long id) {
        return jdbc.sql("delete from calendar_period where id = :id")
                .param("id", id)
                .update();
    }

    private void insert(DayException day, String kind) {
        batch.update(INSERT, row(day, kind));
    }

    private static SqlParameterSource row(DayException day, String kind) {
        return new MapSqlParameterSource()
                .addValue("day", day.date())
                .addValue("working", day.working())
                .addValue("name", day.name())
                .addValue("kind", kind);
    }
}
