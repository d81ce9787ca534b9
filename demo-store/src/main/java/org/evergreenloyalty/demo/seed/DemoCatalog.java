package org.evergreenloyalty.demo.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The demo store's catalog as plain data: four categories of six products each, with prices in USD.
 * {@link DemoDataSeeder} writes it into Broadleaf on the first start.
 */
public final class DemoCatalog {

    /** A category: its URL key (also the first path segment of its products) and display name. */
    public static final class CategoryData {
        public final String key;
        public final String name;
        public final String description;
        public final List<ProductData> products = new ArrayList<ProductData>();

        CategoryData(String key, String name, String description) {
            this.key = key;
            this.name = name;
            this.description = description;
        }

        CategoryData product(String key, String name, String price, String salePrice, String description) {
            products.add(new ProductData(this, key, name, price, salePrice, description));
            return this;
        }

        /** The category's URL, e.g. {@code /garden}. */
        public String url() {
            return "/" + key;
        }
    }

    /** A product: URL key, name, retail price, optional sale price (null when not on sale) and description. */
    public static final class ProductData {
        public final CategoryData category;
        public final String key;
        public final String name;
        public final String price;
        public final String salePrice;
        public final String description;

        ProductData(CategoryData category, String key, String name, String price, String salePrice, String description) {
            this.category = category;
            this.key = key;
            this.name = name;
            this.price = price;
            this.salePrice = salePrice;
            this.description = description;
        }

        /** The product's URL, e.g. {@code /garden/watering-can}. */
        public String url() {
            return category.url() + "/" + key;
        }

        /** The generated placeholder image, e.g. {@code /swatch/garden/watering-can.svg}. */
        public String imageUrl() {
            return "/swatch/" + category.key + "/" + key + ".svg";
        }
    }

    private DemoCatalog() {
    }

    /** The categories, in navigation order. */
    public static List<CategoryData> categories() {
        List<CategoryData> all = new ArrayList<CategoryData>();
        all.add(new CategoryData("tea-coffee", "Tea & Coffee", "Loose-leaf teas, small-batch coffee and everything to brew them.")
                .product("sencha-green-tea", "Sencha Green Tea", "12.50", null, "Grassy, bright Japanese green tea. 100 g loose leaf.")
                .product("earl-grey", "Earl Grey Classic", "9.95", null, "Black tea with bergamot oil. 100 g loose leaf.")
                .product("chamomile-calm", "Chamomile Calm", "8.50", "6.95", "Whole chamomile flowers for an evening cup. 50 g.")
                .product("mountain-roast", "Mountain Roast Coffee", "15.00", null, "Medium roast, whole beans, notes of cocoa and hazelnut. 250 g.")
                .product("cold-brew-kit", "Cold Brew Kit", "24.00", null, "One-litre glass jar with a fine steel filter.")
                .product("stoneware-mug", "Stoneware Mug", "14.00", null, "Hand-glazed stoneware, 350 ml."));
        all.add(new CategoryData("garden", "Garden", "Tools and seeds for a greener garden.")
                .product("watering-can", "Watering Can", "29.00", null, "Galvanised steel, 5 litres, with a brass rose.")
                .product("herb-seeds", "Herb Seed Collection", "11.00", null, "Basil, parsley, chives, coriander and dill.")
                .product("pruning-shears", "Pruning Shears", "22.50", "18.00", "Bypass shears with a carbon-steel blade.")
                .product("terracotta-pots", "Terracotta Pot Set", "34.00", null, "Three pots with saucers: 12, 16 and 20 cm.")
                .product("garden-gloves", "Garden Gloves", "12.00", null, "Breathable cotton backs with latex palms.")
                .product("compost-bin", "Compost Bin", "59.00", null, "220 litres of recycled plastic, with a lid.")); 
        all.add(new CategoryData("outdoor", "Outdoor", "Gear for trails, camps and long afternoons outside.")
                .product("trail-backpack", "Trail Backpack", "79.00", null, "28 litres, padded hip belt, rain cover included.")
                .product("insulated-bottle", "Insulated Bottle", "25.00", null, "Keeps drinks cold for 24 hours. 750 ml.")
                .product("camp-lantern", "Camp Lantern", "32.00", "27.00", "Rechargeable LED lantern with three brightness levels.")
                .product("travel-hammock", "Travel Hammock", "45.00", null, "Parachute nylon, packs into its own pouch.")
                .product("wool-socks", "Wool Hiking Socks", "16.00", null, "Merino blend, cushioned sole. One pair.")
                .product("picnic-blanket", "Picnic Blanket", "38.00", null, "Water-resistant back, folds into a carry strap."));
        all.add(new CategoryData("home", "Home", "Natural goods for a calm home.")
                .product("beeswax-candle", "Beeswax Candle", "18.00", null, "Pure beeswax pillar, about 40 hours of burn time.")
                .product("linen-napkins", "Linen Napkins", "24.00", null, "Set of four stonewashed linen napkins.")
                .product("cedar-soap", "Cedar Soap Bar", "7.50", null, "Cold-process soap with cedarwood oil.")
                .product("cotton-throw", "Cotton Throw", "65.00", "55.00", "Woven organic cotton, 130 x 170 cm.")
                .product("cutting-board", "Bamboo Cutting Board", "28.00", null, "Solid bamboo with a juice groove.")
                .product("pine-room-spray", "Pine Room Spray", "13.00", null, "Pine and fir essential oils in a glass bottle."));
        return Collections.unmodifiableList(all);
    }

    /** The two sample customers: e-mail, first name, last name. All share {@link #SAMPLE_PASSWORD}. */
    public static final String[][] SAMPLE_CUSTOMERS = {
        {"alice@example.com", "Alice", "Green"},
        {"bob@example.com", "Bob", "Forrest"}
    };

    /** The sample customers' password. */
    public static final String SAMPLE_PASSWORD = "Password1!";

    /** US states offered in addresses: abbreviation, name. */
    public static final String[][] STATES = {
        {"AZ", "Arizona"}, {"CA", "California"}, {"CO", "Colorado"}, {"FL", "Florida"}, {"GA", "Georgia"},
        {"IL", "Illinois"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"}, {"NC", "North Carolina"},
        {"NY", "New York"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"}, {"TX", "Texas"}, {"VT", "Vermont"},
        {"WA", "Washington"}
    };

    /** Shipping options: name, description, price. */
    public static final String[][] SHIPPING_OPTIONS = {
        {"Standard", "Standard shipping, 3-5 business days", "5.00"},
        {"Express", "Express shipping, 1-2 business days", "15.00"}
    };
}
