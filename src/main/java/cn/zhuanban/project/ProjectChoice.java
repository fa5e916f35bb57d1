package cn.zhuanban.project;

/** A project as a pick list offers it: the id and a label with the enterprise beside the name. */
public record ProjectChoice(long id, String label) {

    /** Two enterprises' projects may share a name; the enterprise tells them apart. */
    static ProjectChoice of(long id, String name, String enterpriseName) {
        return new ProjectChoice(id, enterpriseName == null ? name : name + " · " + enterpriseName);
    }
}
