package dev.twiliospring.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Phone numbers for tests: Twilio's documented magic numbers of its test credentials,
 * fictitious numbers for payloads, and plausible locations of North American area codes.
 * <p>
 * The magic numbers behave in the {@code TwilioEmulator} as they do with Twilio's test
 * credentials; its documentation lists every one.
 *
 * @since 1.0.0
 */
public final class TwilioTestNumbers {

	/** Magic number that passes all validation, as a sender or as a number to buy. */
	public static final String VALID = "+15005550006";

	/** Magic number that is invalid: error 21212 as sender, 21211 or 21217 as recipient. */
	public static final String INVALID = "+15005550001";

	/** Magic number that is unavailable to buy (error 21422). */
	public static final String UNAVAILABLE = "+15005550000";

	/** Magic number that Twilio cannot route to (error 21612 for messages, 21214 for calls). */
	public static final String CANNOT_ROUTE = "+15005550002";

	/**
	 * Magic number the account has no international permission for (error 21408 for
	 * messages, 21215 for calls).
	 */
	public static final String NO_INTERNATIONAL_PERMISSION = "+15005550003";

	/** Magic number that is blocked for the account (error 21610 for messages, 21216 for calls). */
	public static final String BLOCKED = "+15005550004";

	/** Magic sender that is not owned by the account or not SMS-capable (error 21606). */
	public static final String NOT_OWNED = "+15005550007";

	/** Magic sender whose SMS queue is full (error 21611). */
	public static final String QUEUE_FULL = "+15005550008";

	/** Magic recipient that cannot receive SMS (error 21614). */
	public static final String NOT_SMS_CAPABLE = "+15005550009";

	/** Magic area code with numbers to buy; the number bought is {@link #VALID}. */
	public static final String AVAILABLE_AREA_CODE = "500";

	/** Magic area code without numbers to buy (error 21452). */
	public static final String EMPTY_AREA_CODE = "533";

	/**
	 * Emulator-only recipient: the message is sent, then reported {@code undelivered}
	 * with error 30003, and a call ends {@code busy}. Twilio's test credentials do not
	 * know this number.
	 */
	public static final String UNDELIVERABLE = "+15005550005";

	/**
	 * Emulator-only recipient: the message is reported {@code failed} with error 30008,
	 * and a call ends {@code no-answer}. Twilio's test credentials do not know this
	 * number.
	 */
	public static final String FAILING = "+15005550010";

	private static final Map<String, Location> AREA_CODES = Map.ofEntries(
			Map.entry("415", new Location("US", "CA", "SAN FRANCISCO", "94105", "722", "SNFC CNTRL", 37.7749, -122.4194)),
			Map.entry("650", new Location("US", "CA", "PALO ALTO", "94301", "722", "PALO ALTO", 37.4419, -122.1430)),
			Map.entry("212", new Location("US", "NY", "NEW YORK", "10001", "132", "NWYRCY ZN 1", 40.7128, -74.0060)),
			Map.entry("312", new Location("US", "IL", "CHICAGO", "60601", "358", "CHICAGO", 41.8781, -87.6298)),
			Map.entry("206", new Location("US", "WA", "SEATTLE", "98101", "674", "SEATTLE", 47.6062, -122.3321)),
			Map.entry("617", new Location("US", "MA", "BOSTON", "02108", "128", "BOSTON", 42.3601, -71.0589)),
			Map.entry("512", new Location("US", "TX", "AUSTIN", "78701", "558", "AUSTIN", 30.2672, -97.7431)),
			Map.entry("305", new Location("US", "FL", "MIAMI", "33101", "460", "MIAMI", 25.7617, -80.1918)),
			Map.entry("808", new Location("US", "HI", "HILO", "96720", "834", "HILO", 19.7200, -155.0900)),
			Map.entry("500", new Location("US", "", "", "", "", "", 0, 0)),
			Map.entry("416", new Location("CA", "ON", "TORONTO", "M5H", "888", "TORONTO", 43.6532, -79.3832)),
			Map.entry("604", new Location("CA", "BC", "VANCOUVER", "V6B", "888", "VANCOUVER", 49.2827, -123.1207)));

	private static final List<String> CANADIAN_AREA_CODES = List.of("204", "236", "249", "250", "289", "306", "343",
			"365", "403", "416", "418", "431", "437", "438", "450", "506", "514", "519", "548", "579", "581", "587",
			"604", "613", "639", "647", "672", "705", "709", "778", "780", "782", "807", "819", "825", "867", "873",
			"902", "905");

	/**
	 * The countries other than the US and Canada that share the North American calling
	 * code, by area code.
	 */
	private static final Map<String, String> OTHER_NANP_AREA_CODES = table("242=BS 246=BB 264=AI 268=AG 284=VG "
			+ "340=VI 345=KY 441=BM 473=GD 649=TC 658=JM 664=MS 670=MP 671=GU 684=AS 721=SX 758=LC 767=DM 784=VC "
			+ "787=PR 809=DO 829=DO 849=DO 868=TT 869=KN 876=JM 939=PR");

	/**
	 * The country of each calling code other than 1, as ITU-T E.164 assigns them; a code
	 * that several countries share names the largest. No code is the start of another.
	 */
	private static final Map<String, String> CALLING_CODES = table("7=RU 20=EG 27=ZA 30=GR 31=NL 32=BE 33=FR "
			+ "34=ES 36=HU 39=IT 40=RO 41=CH 43=AT 44=GB 45=DK 46=SE 47=NO 48=PL 49=DE 51=PE 52=MX 53=CU 54=AR "
			+ "55=BR 56=CL 57=CO 58=VE 60=MY 61=AU 62=ID 63=PH 64=NZ 65=SG 66=TH 81=JP 82=KR 84=VN 86=CN 90=TR "
			+ "91=IN 92=PK 93=AF 94=LK 95=MM 98=IR 211=SS 212=MA 213=DZ 216=TN 218=LY 220=GM 221=SN 222=MR "
			+ "223=ML 224=GN 225=CI 226=BF 227=NE 228=TG 229=BJ 230=MU 231=LR 232=SL 233=GH 234=NG 235=TD 236=CF "
			+ "237=CM 238=CV 239=ST 240=GQ 241=GA 242=CG 243=CD 244=AO 245=GW 246=IO 248=SC 249=SD 250=RW 251=ET "
			+ "252=SO 253=DJ 254=KE 255=TZ 256=UG 257=BI 258=MZ 260=ZM 261=MG 262=RE 263=ZW 264=NA 265=MW 266=LS "
			+ "267=BW 268=SZ 269=KM 290=SH 291=ER 297=AW 298=FO 299=GL 350=GI 351=PT 352=LU 353=IE 354=IS 355=AL "
			+ "356=MT 357=CY 358=FI 359=BG 370=LT 371=LV 372=EE 373=MD 374=AM 375=BY 376=AD 377=MC 378=SM 380=UA "
			+ "381=RS 382=ME 383=XK 385=HR 386=SI 387=BA 389=MK 420=CZ 421=SK 423=LI 500=FK 501=BZ 502=GT 503=SV "
			+ "504=HN 505=NI 506=CR 507=PA 508=PM 509=HT 590=GP 591=BO 592=GY 593=EC 594=GF 595=PY 596=MQ 597=SR "
			+ "598=UY 599=CW 670=TL 672=NF 673=BN 674=NR 675=PG 676=TO 677=SB 678=VU 679=FJ 680=PW 681=WF 682=CK "
			+ "683=NU 685=WS 686=KI 687=NC 688=TV 689=PF 690=TK 691=FM 692=MH 850=KP 852=HK 853=MO 855=KH 856=LA "
			+ "880=BD 886=TW 960=MV 961=LB 962=JO 963=SY 964=IQ 965=KW 966=SA 967=YE 968=OM 970=PS 971=AE 972=IL "
			+ "973=BH 974=QA 975=BT 976=MN 977=NP 992=TJ 993=TM 994=AZ 995=GE 996=KG 998=UZ");

	private TwilioTestNumbers() {
	}

	private static Map<String, String> table(String pairs) {
		Map<String, String> table = new HashMap<>();
		for (String pair : pairs.split(" ")) {
			int equals = pair.indexOf('=');
			table.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		return Map.copyOf(table);
	}

	/**
	 * Return the area codes with a known location, in no particular order.
	 * @return the area codes
	 */
	public static List<String> knownAreaCodes() {
		return AREA_CODES.keySet().stream().filter((code) -> !code.equals(AVAILABLE_AREA_CODE)).sorted().toList();
	}

	/**
	 * Return a plausible location for a phone number: a known city for the area codes of
	 * {@link #knownAreaCodes()}, otherwise just the country where the calling code tells
	 * it.
	 * @param number the number in E.164 format, optionally with a channel prefix such as
	 * {@code whatsapp:}
	 * @return the location; its fields are empty strings when unknown
	 */
	public static Location location(@Nullable String number) {
		String digits = e164(number);
		if (digits == null) {
			return Location.UNKNOWN;
		}
		if (digits.startsWith("+1") && digits.length() == 12) {
			String areaCode = digits.substring(2, 5);
			Location known = AREA_CODES.get(areaCode);
			if (known != null) {
				return known;
			}
			String country = CANADIAN_AREA_CODES.contains(areaCode) ? "CA"
					: OTHER_NANP_AREA_CODES.getOrDefault(areaCode, "US");
			return new Location(country, "", "", "", "", "", 0, 0);
		}
		return new Location(country(digits), "", "", "", "", "", 0, 0);
	}

	/**
	 * Return the location of a North American area code.
	 * @param areaCode the three digit area code
	 * @return the location, or {@code null} if the area code is not one of
	 * {@link #knownAreaCodes()}
	 */
	public static @Nullable Location areaCode(String areaCode) {
		return AREA_CODES.get(areaCode);
	}

	/**
	 * Return whether a value is a phone number in E.164 format: a plus sign followed by
	 * up to 15 digits, not starting with zero.
	 * @param value the value
	 * @return whether the value is in E.164 format
	 */
	public static boolean isE164(@Nullable String value) {
		return value != null && value.matches("\\+[1-9][0-9]{1,14}");
	}

	private static @Nullable String e164(@Nullable String number) {
		if (number == null) {
			return null;
		}
		int colon = number.indexOf(':');
		String address = (colon >= 0) ? number.substring(colon + 1) : number;
		return isE164(address) ? address : null;
	}

	private static String country(String number) {
		if (number.startsWith("+1")) {
			return "US";
		}
		for (int length = 1; length <= 3 && length < number.length(); length++) {
			String country = CALLING_CODES.get(number.substring(1, 1 + length));
			if (country != null) {
				return country;
			}
		}
		return "";
	}

	/**
	 * Location of a phone number, as Twilio reports it in webhooks and number searches.
	 *
	 * @param isoCountry ISO 3166-1 alpha-2 country code
	 * @param region state or province
	 * @param city city, in capitals as Twilio sends it
	 * @param postalCode postal code
	 * @param lata local access and transport area
	 * @param rateCenter rate center
	 * @param latitude latitude, 0 when unknown
	 * @param longitude longitude, 0 when unknown
	 */
	public record Location(String isoCountry, String region, String city, String postalCode, String lata,
			String rateCenter, double latitude, double longitude) {

		static final Location UNKNOWN = new Location("", "", "", "", "", "", 0, 0);

	}

}
