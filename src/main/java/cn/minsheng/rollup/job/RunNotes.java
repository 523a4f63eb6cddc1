package cn.minsheng.rollup.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the night could not do and went past (a month it could not summarise, an original it could not move), in
 * Chinese: shown in the run report and on the terminal, so that one bad month or file never fails every later night
 * unseen.
 */
@Component
public class RunNotes {

	private final List<String> notes = new ArrayList<>();

	/** Forgets the notes of the previous run in this process. */
	public synchronized void clear() {
		this.notes.clear();
	}

	public synchronized void add(String note) {
		this.notes.add(note);
	}

	public synchronized List<String> list() {
		return List.copyOf(this.notes);
	}

}
