package cn.minsheng.rollup.architecture;

import java.util.List;

import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The rule that a package (a room) imports only the rooms listed before it: rooms are given bottom-up, the floor
 * first. A room without classes yet (a planned one) is allowed; classes outside every room are not judged.
 */
final class RoomOrder {

	private RoomOrder() {
	}

	static LayeredArchitecture rule(String basePackage, List<String> roomsBottomUp) {
		LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
		for (String room : roomsBottomUp) {
			rule = rule.layer(room).definedBy(basePackage + "." + room + "..");
		}
		for (int i = 0; i < roomsBottomUp.size(); i++) {
			List<String> above = roomsBottomUp.subList(i + 1, roomsBottomUp.size());
			rule = above.isEmpty() ? rule.whereLayer(roomsBottomUp.get(i)).mayNotBeAccessedByAnyLayer()
					: rule.whereLayer(roomsBottomUp.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
		}
		return rule;
	}

}
