package cn.minsheng.rollup.form;

/**
 * What a form cell holds, which decides how a typed value is read and checked.
 */
public enum ValueType {

	TEXT, NUMBER, PERCENT, DATE, STATUS_CHOICE, YES_NO

}
