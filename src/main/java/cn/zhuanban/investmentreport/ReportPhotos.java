package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investmentreport.domain.MonthlyReport;
import cn.zhuanban.investmentreport.domain.MonthlyReportRepository;
import cn.zhuanban.investmentreport.domain.PhotoStore;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.SupportedDates;
import cn.zhuanban.shared.files.StoredFile;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site progress photos (现场形象进度) of monthly reports: uploaded through {@link StoredFiles} (images only, type by
 * content, at most 10 MB each and {@value #MAX_FILES} at a time, removed again if the save fails), each
 * with the date taken and the place; listed on the report's project page and the project page; read
 * and written only within the user's project scope.
 */
@Service
@Transactional
public class ReportPhotos {

    public static final int MAX_FILES = 9;

    private final PhotoStore photos;
    private final MonthlyReportRepository reports;
    private final StoredFiles files;
    private final ProjectReads projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportPhotos(
            PhotoStore photos,
            MonthlyReportRepository reports,
            StoredFiles files,
            ProjectReads projects,
            ApplicationEventPublisher events,
            Clock clock) {
        this.photos = photos;
        this.reports = reports;
        this.files = files;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds photos to a report of the project; the date may not lie in the future and must lie within the report's
     * month (a photo of a month's progress was taken in that month: one of December was filed under November), and
     * the place is required.
     */
    public int add(
            long projectId,
            long reportId,
            List<UploadedFile> uploaded,
            LocalDate takenOn,
            String place,
            CurrentUser user) {
        requireVisible(projectId, user);
        MonthlyReport report = reports.findById(reportId)
                .filter(r -> r.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("investment-report", reportId));
        if (uploaded.isEmpty()) {
            throw BusinessException.invalid("files", "investment.photo.files-required");
        }
        if (takenOn == null || takenOn.isAfter(LocalDate.now(clock)) || !SupportedDates.allows(takenOn)) {
            throw BusinessException.invalid("takenOn", "investment.photo.taken-on-invalid");
        }
        if (!YearMonth.from(takenOn).equals(report.month())) {
            throw BusinessException.invalid(
                    "takenOn",
                    "investment.photo.taken-outside-month",
                    report.month().toString());
        }
        if (place == null || place.isBlank() || place.strip().length() > 200) {
            throw BusinessException.invalid("place", "investment.photo.place-invalid");
        }
        requireImages(uploaded);
        List<StoredFile> stored = files.store(uploaded, MAX_FILES);
        for (StoredFile f : stored) {
            photos.add(report.getId(), f, takenOn, place.strip(), user.id(), clock.instant());
        }
        events.publishEvent(new InvestmentPhotosAdded(
                Actor.current(),
                reportId,
                projectId,
                "photos: +" + stored.size() + " (" + report.month() + ", " + takenOn + ", " + place.strip() + ")"));
        return stored.size();
    }

    @Transactional(readOnly = true)
    public List<ReportPhoto> ofProject(long projectId, CurrentUser user) {
        requireVisible(projectId, user);
        return photos.ofProject(projectId, 200);
    }

    /** The photo, if its project is in the user's scope; otherwise not found. */
    @Transactional(readOnly = true)
    public ReportPhoto find(long photoId, CurrentUser user) {
        ReportPhoto photo = photos.find(photoId)
                .map(PhotoStore.Stored::photo)
                .orElseThrow(() -> new NotFoundException("investment-photo", photoId));
        requireVisible(photo.projectId(), user);
        return photo;
    }

    @Transactional(readOnly = true)
    public InputStream open(long photoId, CurrentUser user) throws IOException {
        find(photoId, user);
        return files.open(photos.find(photoId).orElseThrow().storageKey());
    }

    /**
     * Photos only, as on the plan's progress reports ({@code PlanProgress.report}): the general allow-list took a PDF,
     * which then opened inline from the application's own address, scripts and all.
     */
    private static void requireImages(List<UploadedFile> uploaded) {
        StoredFiles.checkImages(uploaded, MAX_FILES);
    }

    private void requireVisible(long projectId, CurrentUser user) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
    }
}
