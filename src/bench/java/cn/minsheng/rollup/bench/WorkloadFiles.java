package cn.minsheng.rollup.bench;

import java.nio.file.Path;

/**
 * The generated files of one workload and how much they hold.
 *
 * @param files the folder to copy into the input folder (month subfolders)
 * @param catalog the catalog the forms were made from
 * @param forms forms generated
 * @param rows data rows in them: indicator rows of 月报表 plus rows of 项目分布清单 (header, footer and hidden rows
 * not counted)
 */
record WorkloadFiles(Path files, Path catalog, int forms, long rows) {
}
