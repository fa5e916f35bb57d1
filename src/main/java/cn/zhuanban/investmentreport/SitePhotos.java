package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.domain.PhotoStore;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.schedule.PlanPhotos;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's site progress photos from wherever they were given: the monthly reports' photo form and the plan's
 * progress reports ({@link PlanPhotos}), one list, the latest taken first. The enterprise reports a site photo once
 * and it shows on the project page and the investment reports' page alike (多头填报 was the complaint). Within the
 * user's project scope.
 */
@Service
@Transactional(readOnly = true)
public class SitePhotos {

    /** The latest taken first; on the same day the latest uploaded. */
    private static final Comparator<SitePhoto> NEWEST = Comparator.comparing(SitePhoto::takenOn)
            .thenComparing(SitePhoto::uploadedAt)
            .thenComparing(SitePhoto::id)
            .reversed();

    private final PhotoStore reportPhotos;
    private final PlanPhotos planPhotos;
    private final ProjectReads projects;
    private final UserDirectory directory;

    SitePhotos(PhotoStore reportPhotos, PlanPhotos planPhotos, ProjectReads projects, UserDirectory directory) {
        this.reportPhotos = reportPhotos;
        this.planPhotos = planPhotos;
        this.projects = projects;
        this.directory = directory;
    }

    /**
     * One page of the project's photos; a page past the last is the last. Each source gives its newest photos up to
     * the end of the page asked for, and the merge of the two is cut to the page.
     */
    public PageResult<SitePhoto> ofProject(long projectId, CurrentUser user, PageQuery query) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        long total = reportPhotos.count(projectId) + planPhotos.count(projectId, user);
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / query.size());
        int page = Math.min(query.page(), lastPage);
        int upTo = (page + 1) * query.size();
        List<SitePhoto> merged = Stream.concat(
                        fromReports(projectId, upTo).stream(),
                        planPhotos.newest(projectId, user, upTo).stream().map(SitePhotos::fromPlan))
                .sorted(NEWEST)
                .toList();
        List<SitePhoto> content =
                merged.subList(Math.min(page * query.size(), merged.size()), Math.min(upTo, merged.size()));
        return new PageResult<>(content, page, query.size(), total);
    }

    private List<SitePhoto> fromReports(long projectId, int limit) {
        List<PhotoStore.Uploaded> photos = reportPhotos.newest(projectId, limit);
        Map<Long, String> names = directory.namesOf(
                photos.stream().map(PhotoStore.Uploaded::uploadedBy).distinct().toList());
        return photos.stream()
                .map(u -> new SitePhoto(
                        SitePhoto.Source.REPORT,
                        u.photo().id(),
                        projectId,
                        u.photo().takenOn(),
                        u.photo().place(),
                        YearMonth.of(u.photo().year(), u.photo().month()),
                        null,
                        null,
                        names.getOrDefault(u.uploadedBy(), ""),
                        u.uploadedAt()))
                .toList();
    }

    private static SitePhoto fromPlan(PlanPhotos.PlanPhoto p) {
        return new SitePhoto(
                SitePhoto.Source.PLAN,
                p.id(),
                p.projectId(),
                p.takenOn(),
                p.place(),
                null,
                p.taskKey(),
                p.taskName(),
                p.reporter(),
                p.reportedAt());
    }
}
