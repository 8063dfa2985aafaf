#!/usr/bin/env bash
# Prints the dependency footprint that each library adds to a Spring Boot web
# application: the jars, and their bytes, on top of what spring-boot-starter-webmvc
# already brings. Compares twilio-spring-boot-starter with com.twilio.sdk:twilio.
#
#   twilio-spring-benchmarks/footprint.sh
#
# Installs this project's starter, autoconfigure module and parent pom into the local
# Maven repository first, then resolves three throwaway projects.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
boot_version=$(sed -n 's:.*<spring-boot.version>\(.*\)</spring-boot.version>.*:\1:p' pom.xml | head -1)
project_version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
sdk_version=$(sed -n 's:.*<twilio-sdk.version>\(.*\)</twilio-sdk.version>.*:\1:p' twilio-spring-benchmarks/pom.xml)
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:$(sed -n \
	's:.*<maven-dependency-plugin.version>\(.*\)</maven-dependency-plugin.version>.*:\1:p' pom.xml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -q -B -ntp -pl twilio-spring-boot-starter -am install -DskipTests

project() {
	local name=$1 extra=$2
	mkdir -p "$work/$name"
	cat >"$work/$name/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
	<modelVersion>4.0.0</modelVersion>
	<groupId>footprint</groupId>
	<artifactId>$name</artifactId>
	<version>1</version>
	<dependencyManagement>
		<dependencies>
			<dependency>
				<groupId>org.springframework.boot</groupId>
				<artifactId>spring-boot-dependencies</artifactId>
				<version>$boot_version</version>
				<type>pom</type>
				<scope>import</scope>
			</dependency>
		</dependencies>
	</dependencyManagement>
	<dependencies>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-webmvc</artifactId>
		</dependency>
		$extra
	</dependencies>
</project>
POM
	"$root/mvnw" -q -B -ntp -f "$work/$name/pom.xml" "$dependency_plugin:copy-dependencies" \
		-DincludeScope=runtime -DoutputDirectory="$work/$name/lib"
}

project baseline ""
project ours "<dependency><groupId>dev.twiliospring</groupId><artifactId>twilio-spring-boot-starter</artifactId><version>$project_version</version><type>pom</type></dependency>"
project sdk "<dependency><groupId>com.twilio.sdk</groupId><artifactId>twilio</artifactId><version>$sdk_version</version></dependency>"

(cd "$work/baseline/lib" && ls -- *.jar) | sort >"$work/baseline.txt"
report() {
	local name=$1 label=$2
	(cd "$work/$name/lib" && ls -- *.jar) | sort | comm -23 - "$work/baseline.txt" >"$work/$name.added"
	local bytes=0 count=0
	while read -r jar; do
		bytes=$((bytes + $(stat -c %s "$work/$name/lib/$jar")))
		count=$((count + 1))
	done <"$work/$name.added"
	local jars
	jars=$(while read -r jar; do
		echo "$jar ($(($(stat -c %s "$work/$name/lib/$jar") / 1024)) KiB)"
	done <"$work/$name.added" | paste -sd';' | sed 's/;/; /g')
	printf '| %s | %d | %d | %.2f MiB | %s |\n' "$label" "$count" "$bytes" \
		"$(awk -v b="$bytes" 'BEGIN {print b / 1048576}')" "$jars"
}

echo "Added to a spring-boot-starter-webmvc $boot_version application (runtime scope):"
echo
echo "| Library | Jars added | Bytes added | Size | Jars |"
echo "|---|---|---|---|---|"
report ours "twilio-spring-boot-starter $project_version"
report sdk "com.twilio.sdk:twilio $sdk_version"
