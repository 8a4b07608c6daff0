package com.marqasouq.kit.sandbox.store.seed;

import java.util.List;
import java.util.Random;

/** Words the generated shop is made of: Kuwaiti places, Arabic and English names, a catalogue. */
final class Vocabulary {
    static final List<String> FIRST_NAMES = List.of(
            "Mohammed",
            "Ahmed",
            "Abdullah",
            "Fahad",
            "Khalid",
            "Yousef",
            "Ali",
            "Hamad",
            "Bader",
            "Mishal",
            "Omar",
            "Faisal",
            "Sara",
            "Fatima",
            "Noura",
            "Maryam",
            "Dana",
            "Hessa",
            "Reem",
            "Lulwa",
            "Shaikha",
            "Dalal",
            "Jassim",
            "Nasser");
    static final List<String> LAST_NAMES = List.of(
            "Al-Sabah",
            "Al-Mutairi",
            "Al-Ajmi",
            "Al-Enezi",
            "Al-Rashidi",
            "Al-Kandari",
            "Al-Shammari",
            "Al-Azmi",
            "Al-Hajri",
            "Al-Dosari",
            "Al-Otaibi",
            "Al-Fadhli",
            "Behbehani",
            "Al-Ghanim",
            "Al-Khaled",
            "Al-Roumi");
    /** Arabic names with the Latin spelling their e-mail uses. */
    static final List<String[]> ARABIC_FIRST_NAMES = List.of(
            new String[] {"محمد", "mohammed"},
            new String[] {"أحمد", "ahmed"},
            new String[] {"عبدالله", "abdullah"},
            new String[] {"فهد", "fahad"},
            new String[] {"خالد", "khalid"},
            new String[] {"سارة", "sara"},
            new String[] {"فاطمة", "fatima"},
            new String[] {"نورة", "noura"},
            new String[] {"مريم", "maryam"},
            new String[] {"يوسف", "yousef"});

    static final List<String[]> ARABIC_LAST_NAMES = List.of(
            new String[] {"العتيبي", "alotaibi"},
            new String[] {"المطيري", "almutairi"},
            new String[] {"العجمي", "alajmi"},
            new String[] {"العنزي", "alenezi"},
            new String[] {"الكندري", "alkandari"},
            new String[] {"الشمري", "alshammari"},
            new String[] {"العازمي", "alazmi"},
            new String[] {"الهاجري", "alhajri"});
    static final List<String> AREAS = List.of(
            "Salmiya",
            "Hawalli",
            "Jabriya",
            "Mishref",
            "Rumaithiya",
            "Farwaniya",
            "Khaitan",
            "Fahaheel",
            "Mangaf",
            "Jahra",
            "Kuwait City",
            "Sharq",
            "Bayan",
            "Salwa",
            "Abu Halifa",
            "Qurtuba",
            "Surra",
            "Yarmouk");
    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.net", "example.org");

    static final List<String> BRANDS = List.of(
            "Gulf Tech",
            "Souq Basics",
            "Dasman",
            "Failaka",
            "Nuqra",
            "Salmiya Craft",
            "Bneid Home",
            "Qurain",
            "Sadu",
            "Liberty Guard");
    static final List<String> COLORS = List.of("Black", "White", "Blue", "Orange", "Rose Gold", "Grey", "Green");
    /** Catalogue lines: SKU code, item name, price range in fils, weight range in grams. */
    static final List<Item> ITEMS = List.of(
            new Item("CBL", "USB-C Charging Cable 1m", 1500, 4500, 40, 80),
            new Item("SCR", "Tempered Glass Screen Protector", 1000, 3500, 20, 40),
            new Item("WCH", "Wireless Charger Pad 15W", 6000, 14000, 150, 260),
            new Item("PWB", "Power Bank 10000mAh", 8000, 19000, 200, 320),
            new Item("CAR", "Car Phone Holder", 3000, 8000, 90, 200),
            new Item("CAS", "Silicone Phone Case", 2000, 6000, 30, 60),
            new Item("MOU", "Gaming Mouse RGB", 7000, 25000, 80, 140),
            new Item("KBD", "Mechanical Keyboard", 15000, 45000, 700, 1100),
            new Item("HST", "Headset Stand", 4000, 9000, 250, 500),
            new Item("VNL", "Craft Vinyl Roll 30cm", 2500, 7000, 150, 400),
            new Item("MAT", "Cutting Mat A3", 3000, 8000, 400, 700),
            new Item("LMP", "LED Desk Lamp", 9000, 22000, 600, 1200),
            new Item("DIF", "Aroma Diffuser", 7000, 18000, 300, 600),
            new Item("PRM", "Prayer Mat", 5000, 15000, 700, 1300),
            new Item("DAL", "Dallah Coffee Pot", 8000, 30000, 500, 1100),
            new Item("BKH", "Bukhoor Burner", 4000, 16000, 300, 900),
            new Item("OUD", "Oud Perfume 50ml", 12000, 60000, 200, 350),
            new Item("TRM", "Beard Trimmer", 9000, 28000, 250, 450));

    /** One kind of catalogue item. */
    record Item(String code, String name, long minPrice, long maxPrice, int minWeight, int maxWeight) {}

    private Vocabulary() {}

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    static long between(Random random, long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }
}
