package org.xuncha.round.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.Cells;
import org.xuncha.platform.imports.Columns;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.round.pool.SourceSystem;

/**
 * The cadre import: a row per cadre, keyed by the office's own code for them (干部编码), checked by
 * the rules of POST /cadres. The multi-valued cells hold entries separated by {@code ;} (or ；), the
 * parts of an entry by {@code |} (or ｜): skills {@code 纪检;财务}; postings
 * {@code organization|post|from|to}; relatives {@code name|relation|organization|post}, an
 * organization by its office code or credit code. The file's postings and relatives replace the
 * cadre's: the file is the record.
 */
@ApplicationScoped
public class CadreImport implements RowKind {

    static final Map<String, SourceSystem> SOURCE_SYSTEMS = Map.ofEntries(
            Map.entry("纪检监察", SourceSystem.DISCIPLINE), Map.entry("纪检", SourceSystem.DISCIPLINE),
            Map.entry("组织", SourceSystem.ORGANIZATION), Map.entry("巡察", SourceSystem.INSPECTION_OFFICE),
            Map.entry("巡察机构", SourceSystem.INSPECTION_OFFICE), Map.entry("审计", SourceSystem.AUDIT),
            Map.entry("财政", SourceSystem.FINANCE), Map.entry("公安", SourceSystem.PUBLIC_SECURITY),
            Map.entry("检察", SourceSystem.PROCURATORATE), Map.entry("法院", SourceSystem.COURT),
            Map.entry("税务", SourceSystem.TAX), Map.entry("自然资源", SourceSystem.NATURAL_RESOURCES),
            Map.entry("其他", SourceSystem.OTHER));

    public static final Columns COLUMNS = Columns.of("cadres")
            .column("officeCode", true, "干部编码", "人员编码")
            .column("name", true, "姓名")
            .column("sourceSystem", true, "来源系统", "来源")
            .column("rank", false, "职级")
            .column("userId", false, "账号", "用户账号")
            .column("homeOrganizationCode", false, "工作单位编码", "单位编码")
            .column("homeOrganizationCreditCode", false, "工作单位统一社会信用代码", "单位统一社会信用代码")
            .column("homeLocalityCode", false, "籍贯编码", "原籍编码", "家乡编码")
            .column("skills", false, "专长", "业务专长")
            .column("postings", false, "任职经历")
            .column("relatives", false, "亲属任职", "亲属")
            .choices("sourceSystem", "纪检监察", "组织", "巡察机构", "审计", "财政", "公安", "检察", "法院", "税务",
                    "自然资源", "其他");

    @Produces
    @Singleton
    static Columns cadreColumns() {
        return COLUMNS;
    }

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    /** The cadre as the file has it; postings and relatives as sorted {@code a|b|c|d} entries. */
    private record Profile(String name, String userId, String rank, SourceSystem sourceSystem, UUID home,
            UUID locality, List<String> skills, List<String> postings, List<String> relatives) {
    }

    @Override
    public Writer writer(Sql sql, ImportContext context) {
        References references = new References(sql);
        return row -> {
            RowValues values = new RowValues(row);
            String code = values.required("officeCode", 64);
            Profile profile = profile(values, references);
            context.firstInFile("cadre/" + code, row.line(), "officeCode", "the office code " + code);
            var existing = sql.row("""
                    select id, name, user_id, rank, source_system, home_organization_id, home_locality_id, skills
                      from cadre where office_code = ?""", code);
            UUID id = existing.map(found -> (UUID) found[0]).orElse(null);
            if (profile.userId() != null) {
                var holder = sql.row("select id, name from cadre where user_id = ?", profile.userId());
                if (holder.isPresent() && !holder.get()[0].equals(id)) {
                    throw new RowRefused("userId", "the account " + profile.userId() + " is already the cadre "
                            + holder.get()[1]);
                }
            }
            if (id == null) {
                id = Ids.next();
                sql.update("""
                        insert into cadre (id, office_code, name, user_id, rank, source_system, home_organization_id,
                               home_locality_id, skills, created_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, code, profile.name(), profile.userId(),
                        profile.rank(), profile.sourceSystem(), profile.home(), profile.locality(),
                        profile.skills().toArray(String[]::new), context.now());
                replace(sql, id, profile);
                return Outcome.INSERTED;
            }
            Object[] found = existing.get();
            Profile before = new Profile((String) found[1], (String) found[2], (String) found[3],
                    SourceSystem.valueOf((String) found[4]), (UUID) found[5], (UUID) found[6],
                    Arrays.asList((String[]) found[7]), entries(sql, "select organization_id, post, from_date, to_date "
                            + "from cadre_posting where cadre_id = ?", id),
                    entries(sql, "select name, relation, organization_id, post from cadre_relative where cadre_id = ?", id));
            if (before.equals(profile)) {
                return Outcome.UNCHANGED;
            }
            sql.update("""
                    update cadre set name = ?, user_id = ?, rank = ?, source_system = ?, home_organization_id = ?,
                           home_locality_id = ?, skills = ?, version = version + 1 where id = ?""", profile.name(),
                    profile.userId(), profile.rank(), profile.sourceSystem(), profile.home(), profile.locality(),
                    profile.skills().toArray(String[]::new), id);
            sql.update("delete from cadre_posting where cadre_id = ?", id);
            sql.update("delete from cadre_relative where cadre_id = ?", id);
            replace(sql, id, profile);
            return Outcome.UPDATED;
        };
    }

    private static Profile profile(RowValues values, References references) throws SQLException {
        String name = values.required("name", 100);
        SourceSystem source = values.choice("sourceSystem", RowValues.named(SourceSystem.class, SOURCE_SYSTEMS),
                Arrays.toString(SourceSystem.values()) + " or its Chinese name (纪检监察, 组织, 审计...)");
        if (source == null) {
            throw new RowRefused("sourceSystem", "must not be blank");
        }
        List<String> skills = Cells.list(values.text("skills", 1000));
        if (skills.size() > 20) {
            throw new RowRefused("skills", "must have at most 20 skills");
        }
        if (skills.stream().anyMatch(skill -> skill.length() > 20)) {
            throw new RowRefused("skills", "a skill has at most 20 characters");
        }
        var home = references.organization("homeOrganizationCode", values.text("homeOrganizationCode", 64),
                "homeOrganizationCreditCode", values.text("homeOrganizationCreditCode", 64));
        var locality = references.organization("homeLocalityCode", values.text("homeLocalityCode", 64), null, null);
        if (locality != null && !locality.type().isLocality()) {
            throw new RowRefused("homeLocalityCode", "must be a township, street, village or community");
        }
        return new Profile(name, values.text("userId", 100), values.text("rank", 50), source,
                home == null ? null : home.id(), locality == null ? null : locality.id(), skills,
                postings(values, references), relatives(values, references));
    }

    /** {@code organization|post|from|to;...}: the organization required, the dates yyyy-MM-dd, to not before from. */
    private static List<String> postings(RowValues values, References references) throws SQLException {
        List<String> postings = new ArrayList<>();
        for (List<String> parts : entries(values, "postings", 4, "organization|post|from|to")) {
            if (parts.get(0) == null) {
                throw new RowRefused("postings", "a posting names its organization first (organization|post|from|to)");
            }
            UUID organization = references.organization("postings", parts.get(0)).id();
            String post = limited(parts.get(1), 100, "postings", "a post");
            LocalDate from = RowValues.date("postings", parts.get(2));
            LocalDate to = RowValues.date("postings", parts.get(3));
            if (from != null && to != null && to.isBefore(from)) {
                throw new RowRefused("postings", "a posting ends (" + to + ") before it begins (" + from + ")");
            }
            postings.add(entry(organization, post, from, to));
        }
        return postings.stream().sorted().toList();
    }

    /** {@code name|relation|organization|post;...}: the name, relation and organization required. */
    private static List<String> relatives(RowValues values, References references) throws SQLException {
        List<String> relatives = new ArrayList<>();
        for (List<String> parts : entries(values, "relatives", 4, "name|relation|organization|post")) {
            if (parts.get(0) == null || parts.get(1) == null || parts.get(2) == null) {
                throw new RowRefused("relatives", "a relative has a name, a relation and an organization "
                        + "(name|relation|organization|post)");
            }
            String name = limited(parts.get(0), 100, "relatives", "a relative's name");
            String relation = limited(parts.get(1), 20, "relatives", "a relation");
            UUID organization = references.organization("relatives", parts.get(2)).id();
            relatives.add(entry(name, relation, organization, limited(parts.get(3), 100, "relatives", "a post")));
        }
        return relatives.stream().sorted().toList();
    }

    /** The entries of a multi-valued cell, each padded to its parts; at most 50. */
    private static List<List<String>> entries(RowValues values, String column, int parts, String syntax) {
        List<String> entries = Cells.list(values.text(column, 20_000));
        if (entries.size() > 50) {
            throw new RowRefused(column, "must have at most 50 entries");
        }
        List<List<String>> split = new ArrayList<>();
        for (String entry : entries) {
            List<String> found = new ArrayList<>(Cells.parts(entry));
            if (found.size() > parts) {
                throw new RowRefused(column, "'" + entry + "' has more than " + parts + " parts (" + syntax + ")");
            }
            while (found.size() < parts) {
                found.add(null);
            }
            split.add(found);
        }
        return split;
    }

    private static String limited(String text, int max, String column, String what) {
        if (text != null && text.length() > max) {
            throw new RowRefused(column, what + " has at most " + max + " characters");
        }
        return text;
    }

    private static String entry(Object... parts) {
        return String.join("|", Arrays.stream(parts).map(part -> Objects.toString(part, "")).toList());
    }

    private static List<String> entries(Sql sql, String query, UUID cadre) throws SQLException {
        return sql.rows(query, cadre).stream().map(CadreImport::entry).sorted().toList();
    }

    /** Writes the cadre's postings and relatives as the file has them. */
    private static void replace(Sql sql, UUID cadre, Profile profile) throws SQLException {
        for (String posting : profile.postings()) {
            List<String> parts = Arrays.asList(posting.split("\\|", -1));
            sql.update("insert into cadre_posting (id, cadre_id, organization_id, post, from_date, to_date) "
                    + "values (?, ?, ?::uuid, ?, ?::date, ?::date)", Ids.next(), cadre, parts.get(0), blank(parts.get(1)),
                    blank(parts.get(2)), blank(parts.get(3)));
        }
        for (String relative : profile.relatives()) {
            List<String> parts = Arrays.asList(relative.split("\\|", -1));
            sql.update("insert into cadre_relative (id, cadre_id, name, relation, organization_id, post) "
                    + "values (?, ?, ?, ?, ?::uuid, ?)", Ids.next(), cadre, parts.get(0), parts.get(1), parts.get(2),
                    blank(parts.get(3)));
        }
    }

    private static String blank(String part) {
        return part.isEmpty() ? null : part;
    }
}
