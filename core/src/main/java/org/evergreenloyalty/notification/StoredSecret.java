package org.evergreenloyalty.notification;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A secret the module generated once and keeps in the store's database, so every node signs alike. */
@Entity
@Table(name = "EVG_SECRET")
public class StoredSecret {

    @Id
    @Column(name = "NAME", nullable = false, length = 60)
    private String name;

    @Column(name = "SECRET_VALUE", nullable = false, length = 200)
    private String value;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected StoredSecret() {
    }

    public StoredSecret(String name, String value, Date createdAt) {
        this.name = name;
        this.value = value;
        this.createdAt = new Date(createdAt.getTime());
    }

    public String getName() { return name; }
    public String getValue() { return value; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
