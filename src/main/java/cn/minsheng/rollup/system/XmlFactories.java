package cn.minsheng.rollup.system;

import java.util.Map;

/**
 * Names the JDK's own XML parser, transformer and StAX factories in system properties, so that POI and intake, which
 * ask for a new factory for every part they read or write, do not search every jar of the application for another
 * implementation each time (the search reads each nested jar's {@code META-INF/services}). The only jar here that
 * offers one is aalto-xml (StAX factories); intake's part parser uses it by name, and everything else (POI, the
 * Word writer) keeps the JDK's factories it was written and tested with. A property set by the operator is left as
 * it is.
 */
public final class XmlFactories {

	/** Factory property → the JDK implementation {@code newInstance()} falls back to when nothing else is found. */
	static final Map<String, String> JDK_DEFAULTS = Map.of(
			"javax.xml.parsers.DocumentBuilderFactory",
			"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
			"javax.xml.parsers.SAXParserFactory",
			"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
			"javax.xml.transform.TransformerFactory",
			"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
			"javax.xml.stream.XMLInputFactory",
			"com.sun.xml.internal.stream.XMLInputFactoryImpl",
			"javax.xml.stream.XMLOutputFactory",
			"com.sun.xml.internal.stream.XMLOutputFactoryImpl",
			"javax.xml.stream.XMLEventFactory",
			"com.sun.xml.internal.stream.events.XMLEventFactoryImpl",
			"javax.xml.datatype.DatatypeFactory",
			"com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");

	private XmlFactories() {
	}

	/** Sets each factory property not already set to the JDK's implementation, when this JDK has it. */
	public static void useJdkDefaults() {
		JDK_DEFAULTS.forEach((property, implementation) -> {
			if (System.getProperty(property) == null && present(implementation)) {
				System.setProperty(property, implementation);
			}
		});
	}

	private static boolean present(String className) {
		try {
			Class.forName(className, false, ClassLoader.getSystemClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
