package cn.minsheng.rollup.yearend;

import java.util.List;

/**
 * The 完成情况公示 as a plain HTML page for the county website: no scripts, no external styles, UTF-8.
 */
final class PublicNoticePage {

	private PublicNoticePage() {
	}

	static String html(PublicNoticeComposer.Notice notice) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
			.append(escape(notice.title()))
			.append("</title>\n<style>body{font-family:\"仿宋\",\"FangSong\",serif;max-width:60em;margin:2em auto;")
			.append("line-height:1.8}h1{text-align:center;font-family:\"方正小标宋简体\",\"SimSun\",serif}")
			.append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #333;padding:.2em .5em}")
			.append("th{background:#eee}.signature{text-align:right}</style>\n</head>\n<body>\n");
		html.append("<h1>").append(escape(notice.title())).append("</h1>\n");
		html.append("<p>").append(escape(notice.opening())).append("</p>\n");
		for (PublicNoticeComposer.Section section : notice.sections()) {
			html.append("<h2>").append(escape(section.heading())).append("</h2>\n<table>\n<tr>");
			PublicNoticeComposer.HEADERS.forEach((h) -> html.append("<th>").append(escape(h)).append("</th>"));
			html.append("</tr>\n");
			for (List<String> row : section.rows()) {
				html.append("<tr>");
				row.forEach((v) -> html.append("<td>").append(escape(v)).append("</td>"));
				html.append("</tr>\n");
			}
			html.append("</table>\n");
		}
		html.append("<p>").append(escape(notice.closing())).append("</p>\n");
		html.append("<p class=\"signature\">").append(escape(notice.office())).append("<br>")
			.append(escape(Texts.date(notice.signedOn()))).append("</p>\n</body>\n</html>\n");
		return html.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
