package cn.minsheng.rollup.form;

/**
 * How the office wants its templates made: the county named in the title and the sheet protection password.
 *
 * @param county the county's name in the title, e.g. 湘潭县; blank means {@value #DEFAULT_COUNTY}
 * @param protectionPassword password of the sheet protection; {@code null} or empty protects without a password,
 * so a unit can lift it if it must (the office cares that cells are not changed by accident, not by intent)
 * @param distributionRows how many rows of 项目分布清单 carry the input checks (code list, quantity ≥ 0, date)
 */
public record TemplateOptions(String county, String protectionPassword, int distributionRows) {

	public static final String DEFAULT_COUNTY = "湘潭县";

	public static final int DEFAULT_DISTRIBUTION_ROWS = 5000;

	public TemplateOptions {
		county = county == null || county.isBlank() ? DEFAULT_COUNTY : county.strip();
		protectionPassword = protectionPassword == null ? "" : protectionPassword;
		if (distributionRows < 1) {
			throw new IllegalArgumentException("distributionRows must be positive: " + distributionRows);
		}
	}

	public static TemplateOptions defaults() {
		return new TemplateOptions(DEFAULT_COUNTY, "", DEFAULT_DISTRIBUTION_ROWS);
	}

	public TemplateOptions withCounty(String county) {
		return new TemplateOptions(county, this.protectionPassword, this.distributionRows);
	}

	public TemplateOptions withPassword(String password) {
		return new TemplateOptions(this.county, password, this.distributionRows);
	}

	public TemplateOptions withDistributionRows(int rows) {
		return new TemplateOptions(this.county, this.protectionPassword, rows);
	}

	public boolean hasPassword() {
		return !this.protectionPassword.isEmpty();
	}

}
