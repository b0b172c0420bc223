package io.propcare.complaint;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The property's complaint taxonomy: categories with Chinese and English names and the department
 * each goes to, the departments, and the names of urgency and validity levels. The default
 * ({@link #defaults()}) has the 21 categories of the shipped corpus.
 *
 * <p>Implementation requirements: immutable value type; thread-safe.
 *
 * @param version the format version, 1
 * @param departments the departments, ids unique
 * @param urgencies names of the urgency levels, ids unique, each an id of {@link io.propcare.model.complaint.Urgency}
 * @param validities names of the validity levels, ids unique, each an id of {@link io.propcare.model.complaint.Validity}
 * @param fallbackCategory the category used when nothing else fits, one of {@code categories}
 * @param categories the categories, ids unique, at least two
 * @since 0.1
 */
public record Taxonomy(int version, List<Named> departments, List<Named> urgencies, List<Named> validities,
                       String fallbackCategory, List<CategoryEntry> categories) {
    private static volatile Taxonomy defaults;

    /**
     * A named item: an id with Chinese and English names.
     *
     * @param id the id
     * @param zh the Chinese name
     * @param en the English name
     */
    public record Named(String id, String zh, String en) {
        /** Checks the components. */
        public Named {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(zh, "zh must not be null");
            Objects.requireNonNull(en, "en must not be null");
        }
    }

    /**
     * One category of the taxonomy.
     *
     * @param id the category id, e.g. {@code "plumbing"}
     * @param zh the Chinese name
     * @param en the English name
     * @param department the id of the department it goes to
     */
    public record CategoryEntry(String id, String zh, String en, String department) {
        /** Checks the components. */
        public CategoryEntry {
            Category.of(id);
            Objects.requireNonNull(zh, "zh must not be null");
            Objects.requireNonNull(en, "en must not be null");
            Objects.requireNonNull(department, "department must not be null");
        }
    }

    /** Checks the taxonomy as a whole. */
    public Taxonomy {
        Objects.requireNonNull(departments, "departments must not be null");
        Objects.requireNonNull(categories, "categories must not be null");
        urgencies = urgencies == null ? List.of() : List.copyOf(urgencies);
        validities = validities == null ? List.of() : List.copyOf(validities);
        departments = List.copyOf(Objects.requireNonNull(departments, "departments must not be null"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories must not be null"));
        if (categories.size() < 2) {
            throw new IllegalArgumentException("categories: expected at least two, got " + categories.size());
        }
        Set<String> deps = new HashSet<>();
        for (Named d : departments) {
            if (!deps.add(d.id())) {
                throw new IllegalArgumentException("departments: duplicate id '" + d.id() + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryEntry c = categories.get(i);
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("categories[" + i + "].id: duplicate id '" + c.id() + "'");
            }
            if (!deps.contains(c.department())) {
                throw new IllegalArgumentException("categories[" + i + "].department: '" + c.department()
                        + "' is not one of the departments " + deps);
            }
        }
        if (fallbackCategory == null || !ids.contains(fallbackCategory)) {
            throw new IllegalArgumentException("fallbackCategory: '" + fallbackCategory + "' is not one of the categories");
        }
    }

    /** The file form, read before any check so that every problem can be reported. */
    record TaxonomyFile(Integer version, List<NamedFile> departments, List<NamedFile> urgencies,
                        List<NamedFile> validities, String fallbackCategory, List<CategoryFile> categories) {
    }

    /** A named item as the file has it. */
    record NamedFile(String id, String zh, String en) {
        Named check(String source, String p) {
            FileChecks.require(source, p, "id", id, "zh", zh, "en", en);
            return new Named(id, zh, en);
        }
    }

    /** A category as the file has it. */
    record CategoryFile(String id, String zh, String en, String department) {
        /** The entry; {@code departments} is null when the file has none, which is reported once elsewhere. */
        CategoryEntry check(String source, String p, Set<String> departments) {
            FileChecks.require(source, p, "id", id, "zh", zh, "en", en, "department", department);
            // the id and the department are checked independently, so both are reported
            ConfigProblems entry = ConfigProblems.create();
            entry.check(() -> {
                try {
                    Category.of(id);
                } catch (InvalidInputException e) {
                    throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, p + ".id",
                            "\"" + id + "\"", e.violations().get(0).message(), e);
                }
            });
            if (departments != null && !departments.contains(department)) {
                entry.add(FileChecks.unknown(source, p + ".department", department,
                        "expected one of the departments " + departments));
            }
            entry.throwIfAny();
            return new CategoryEntry(id, zh, en, department);
        }
    }

    /**
     * The default taxonomy: the 21 categories of the shipped corpus and five departments.
     *
     * @return the taxonomy
     */
    public static Taxonomy defaults() {
        Taxonomy t = defaults;
        if (t == null) {
            String source = "classpath:io/propcare/complaint/default-taxonomy.json";
            try (InputStream in = Taxonomy.class.getResourceAsStream("default-taxonomy.json")) {
                if (in == null) {
                    throw new IllegalStateException("resource io/propcare/complaint/default-taxonomy.json is missing");
                }
                t = from(ConfigReader.read(in, source, TaxonomyFile.class), source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = t;
        }
        return t;
    }

    /**
     * Loads a taxonomy file. Every department, name and category is checked, and each value of one
     * (a category's id and department, a level's id and names) on its own, so one exception
     * names all the problems of the file ({@link ConfigurationException#problems()}); malformed
     * JSON, an unknown property or a value of the wrong JSON type ends the read where it is.
     *
     * @param file the JSON file
     * @return the taxonomy
     * @throws ConfigurationException naming the file, JSON path and value of every problem found
     */
    public static Taxonomy load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return from(ConfigReader.read(file, TaxonomyFile.class), file.toString());
    }

    private static Taxonomy from(TaxonomyFile f, String source) {
        ConfigProblems problems = ConfigProblems.create();
        if (f.version() == null || f.version() != 1) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.version",
                    String.valueOf(f.version()), "expected 1"));
        }
        // every id named, so that a broken entry is not reported again where it is referred to
        Set<String> departmentIds = new LinkedHashSet<>();
        List<Named> departments = named(f.departments(), "$.departments", departmentIds, source, problems);
        List<Named> urgencies = levels(f.urgencies(), "$.urgencies",
                Arrays.stream(Urgency.values()).map(Urgency::id).toList(), source, problems);
        List<Named> validities = levels(f.validities(), "$.validities",
                Arrays.stream(Validity.values()).map(Validity::id).toList(), source, problems);
        Set<String> categoryIds = new LinkedHashSet<>();
        List<CategoryEntry> categories = List.of();
        if (f.categories() == null) {
            problems.add(FileChecks.missing(source, "$.categories"));
        } else {
            if (f.categories().size() < 2) {
                problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.categories",
                        String.valueOf(f.categories().size()), "expected at least two categories"));
            }
            Set<String> known = f.departments() == null ? null : departmentIds;
            categories = FileChecks.each(f.categories(), "$.categories", CategoryFile::id, categoryIds, source,
                    problems, (c, p) -> c.check(source, p, known));
        }
        if (f.fallbackCategory() == null) {
            problems.add(FileChecks.missing(source, "$.fallbackCategory"));
        } else if (!categoryIds.isEmpty() && !categoryIds.contains(f.fallbackCategory())) {
            problems.add(FileChecks.unknown(source, "$.fallbackCategory", f.fallbackCategory(),
                    "expected one of the categories " + categoryIds));
        }
        problems.throwIfAny();
        return new Taxonomy(1, departments, urgencies, validities, f.fallbackCategory(), categories);
    }

    /** Reads a required list of named items with unique ids, collecting the ids in {@code ids}. */
    private static List<Named> named(List<NamedFile> list, String path, Set<String> ids, String source,
                                     ConfigProblems problems) {
        if (list == null) {
            problems.add(FileChecks.missing(source, path));
            return List.of();
        }
        return FileChecks.each(list, path, NamedFile::id, ids, source, problems, (n, p) -> n.check(source, p));
    }

    /** Reads an optional list of names of levels: each id unique and one of {@code known}. */
    private static List<Named> levels(List<NamedFile> list, String path, List<String> known, String source,
                                      ConfigProblems problems) {
        if (list == null) {
            return List.of();
        }
        return FileChecks.each(list, path, NamedFile::id, new LinkedHashSet<>(), source, problems, (n, p) -> {
            // an unknown id and missing names are reported together
            ConfigProblems entry = ConfigProblems.create();
            if (n.id() != null && !known.contains(n.id())) {
                entry.add(FileChecks.unknown(source, p + ".id", n.id(), "expected one of " + known));
            }
            Optional<Named> named = entry.attempt(() -> n.check(source, p));
            entry.throwIfAny();
            return named.orElseThrow();
        });
    }

    /**
     * The entry of a category.
     *
     * @param category the category
     * @return the entry, empty when the category is not in the taxonomy
     */
    public Optional<CategoryEntry> entry(Category category) {
        Objects.requireNonNull(category, "category must not be null");
        return Optional.ofNullable(index().get(category.id()));
    }

    /**
     * The department a category goes to.
     *
     * @param category the category
     * @return the department id, or the fallback category's department when unknown
     */
    public String department(Category category) {
        return entry(category).orElseGet(() -> index().get(fallbackCategory)).department();
    }

    /**
     * Whether the taxonomy has the category.
     *
     * @param id the category id
     * @return true when present
     */
    public boolean contains(String id) {
        return index().containsKey(Objects.requireNonNull(id, "id must not be null"));
    }

    /**
     * The category ids in taxonomy order.
     *
     * @return the ids
     */
    public List<String> ids() {
        return categories.stream().map(CategoryEntry::id).toList();
    }

    private Map<String, CategoryEntry> index() {
        Map<String, CategoryEntry> m = new LinkedHashMap<>();
        for (CategoryEntry c : categories) {
            m.put(c.id(), c);
        }
        return m;
    }

    /**
     * Reports a bad reference found while checking rules against this taxonomy.
     *
     * @param source the file
     * @param path the JSON path
     * @param id the unknown id
     * @return the exception
     */
    ConfigurationException unknownCategory(String source, String path, String id) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source, path, "\"" + id + "\"",
                "expected one of the taxonomy's categories " + ids());
    }
}
