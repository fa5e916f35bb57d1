package cn.zhuanban.servicechecklist;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.servicechecklist.domain.ItemAttachments;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of service items (approval documents, photos): at most nine files of up to 10 MB per
 * upload, of a type judged by content, all stored or none. Whoever may see an item may list and
 * download its files; attaching and removing need the same access as editing the item (a department handler's
 * own department's items only).
 */
@Service
@Transactional
public class ServiceItemFiles {

    private final ServiceChecklistManagement checklists;
    private final ItemAttachments attachments;
    private final StoredFiles store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceItemFiles(
            ServiceChecklistManagement checklists,
            ItemAttachments attachments,
            StoredFiles store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.checklists = checklists;
        this.attachments = attachments;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public int attach(long itemId, List<UploadedFile> files, CurrentUser user) {
        ServiceItemView item = checklists.findToChange(itemId, user);
        int stored = attachments.attach(itemId, files, user.id(), clock.instant());
        events.publishEvent(new ServiceItemChanged(
                Actor.current(),
                "service-item.files-attached",
                itemId,
                item.projectId(),
                files.stream().map(UploadedFile::originalName).collect(Collectors.joining(", "))));
        return stored;
    }

    /**
     * Removes a file attached by mistake (or superseded): the same access as attaching, audited with the
     * file's name, and the stored file is deleted once the removal is committed.
     */
    public void remove(long itemId, long fileId, CurrentUser user) {
        ServiceItemView item = checklists.findToChange(itemId, user);
        ServiceItemFile file =
                attachments.find(itemId, fileId).orElseThrow(() -> new NotFoundException("service-item-file", fileId));
        attachments.remove(file.id());
        events.publishEvent(new ServiceItemChanged(
                Actor.current(), "service-item.file-removed", itemId, item.projectId(), file.name()));
    }

    /** The files of a project's items, by item id, for the checklist page. */
    @Transactional(readOnly = true)
    public Map<Long, List<ServiceItemFile>> ofProject(long projectId, CurrentUser user) {
        checklists.checklist(projectId, user);
        return attachments.ofProject(projectId).stream().collect(Collectors.groupingBy(ServiceItemFile::itemId));
    }

    @Transactional(readOnly = true)
    public ServiceItemFile file(long itemId, long fileId, CurrentUser user) {
        checklists.find(itemId, user);
        return attachments.find(itemId, fileId).orElseThrow(() -> new NotFoundException("service-item-file", fileId));
    }

    @Transactional(readOnly = true)
    public InputStream open(long itemId, long fileId, CurrentUser user) throws IOException {
        return store.open(attachments.storageKey(file(itemId, fileId, user).id()));
    }
}
