/**
 * The demo district: a fictional district with departments, one user per role, enterprises,
 * key projects at all levels and stages and their task forces. Seeded once into an empty
 * database when {@code zhuanban.demo.enabled} is true (the default on the embedded database, off
 * under the postgres profile unless asked). Uses only the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo district")
package cn.zhuanban.demo;
