package cn.minsheng.rollup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlFactoriesTest {

	private final Map<String, String> saved = new HashMap<>();

	@BeforeEach
	void clearProperties() {
		XmlFactories.JDK_DEFAULTS.keySet().forEach((p) -> this.saved.put(p, System.clearProperty(p)));
	}

	@AfterEach
	void restoreProperties() {
		this.saved.forEach((p, v) -> {
			if (v == null) {
				System.clearProperty(p);
			}
			else {
				System.setProperty(p, v);
			}
		});
	}

	@Test
	void factoriesAreTheOnesTheJdkWouldHaveFoundWithoutTheProperties() throws Exception {
		String documents = DocumentBuilderFactory.newInstance().getClass().getName();
		String sax = SAXParserFactory.newInstance().getClass().getName();
		String transformers = TransformerFactory.newInstance().getClass().getName();

		XmlFactories.useJdkDefaults();

		assertThat(System.getProperty("javax.xml.parsers.DocumentBuilderFactory")).isEqualTo(documents);
		assertThat(DocumentBuilderFactory.newInstance().getClass().getName()).isEqualTo(documents);
		assertThat(SAXParserFactory.newInstance().getClass().getName()).isEqualTo(sax);
		assertThat(TransformerFactory.newInstance().getClass().getName()).isEqualTo(transformers);
	}

	@Test
	void staxFactoriesStayTheJdksThoughAaltoOffersItsOwn() {
		assertThat(XMLInputFactory.newInstance().getClass().getName()).startsWith("com.fasterxml.aalto");

		XmlFactories.useJdkDefaults();

		assertThat(XMLInputFactory.newInstance().getClass().getName())
			.isEqualTo("com.sun.xml.internal.stream.XMLInputFactoryImpl");
		assertThat(XMLOutputFactory.newInstance().getClass().getName())
			.isEqualTo("com.sun.xml.internal.stream.XMLOutputFactoryImpl");
	}

	@Test
	void everyNamedImplementationExistsInThisJdk() {
		XmlFactories.useJdkDefaults();

		XmlFactories.JDK_DEFAULTS.forEach((property, implementation) ->
				assertThat(System.getProperty(property)).as(property).isEqualTo(implementation));
	}

	@Test
	void aFactoryTheOperatorChoseIsKept() {
		System.setProperty("javax.xml.transform.TransformerFactory", "org.example.OperatorsChoice");

		XmlFactories.useJdkDefaults();

		assertThat(System.getProperty("javax.xml.transform.TransformerFactory")).isEqualTo("org.example.OperatorsChoice");
	}

}
